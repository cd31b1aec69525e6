;; str of a float, as print shows it: nan, inf, -inf, 0.0 and -0.0 are written here; any other value
;; is formatted by $rt_fmt_f64 (shortest round-trip) and gets ".0" when it has neither '.' nor 'e'.
(module
  (func ${fn} (param $x f64) (result i32)
    (local $s i32) (local $n i32) (local $i i32) (local $c i32) (local $plain i32)
    (if (f64.ne (local.get $x) (local.get $x))
      (then
        (local.set $s (call $rt_str_alloc (i32.const 3)))
        (i32.store16 offset=8 (local.get $s) (i32.const 0x616e)) ;; "na"
        (i32.store8 offset=10 (local.get $s) (i32.const 0x6e))   ;; "n"
        (return (local.get $s))))
    (if (f64.eq (f64.abs (local.get $x)) (f64.const inf))
      (then
        (local.set $n (f64.lt (local.get $x) (f64.const 0)))
        (local.set $s (call $rt_str_alloc (i32.add (i32.const 3) (local.get $n))))
        (i32.store8 offset=8 (local.get $s) (i32.const 45))
        (i32.store16 offset=8 (i32.add (local.get $s) (local.get $n)) (i32.const 0x6e69)) ;; "in"
        (i32.store8 offset=10 (i32.add (local.get $s) (local.get $n)) (i32.const 0x66))   ;; "f"
        (return (local.get $s))))
    (if (f64.eq (local.get $x) (f64.const 0))
      (then
        (local.set $n (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $x)) (i64.const 63))))
        (local.set $s (call $rt_str_alloc (i32.add (i32.const 3) (local.get $n))))
        (i32.store8 offset=8 (local.get $s) (i32.const 45))
        (i32.store16 offset=8 (i32.add (local.get $s) (local.get $n)) (i32.const 0x2e30)) ;; "0."
        (i32.store8 offset=10 (i32.add (local.get $s) (local.get $n)) (i32.const 0x30))   ;; "0"
        (return (local.get $s))))
    ;; at most 32 bytes from the formatter, 2 more for ".0"
    (local.set $s (call $rt_str_alloc (i32.const 34)))
    (local.set $n (call $rt_fmt_f64 (local.get $x) (i32.add (local.get $s) (i32.const 8))))
    (local.set $plain (i32.const 1))
    (block $scanned
      (loop $scan
        (br_if $scanned (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u offset=8 (i32.add (local.get $s) (local.get $i))))
        (if (i32.or (i32.eq (local.get $c) (i32.const 46)) (i32.eq (local.get $c) (i32.const 101)))
          (then (local.set $plain (i32.const 0)) (br $scanned)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $scan)))
    (if (local.get $plain)
      (then
        (i32.store16 offset=8 (i32.add (local.get $s) (local.get $n)) (i32.const 0x302e)) ;; ".0"
        (local.set $n (i32.add (local.get $n) (i32.const 2)))))
    (i32.store (local.get $s) (local.get $n))
    (local.get $s)))
