;; rotate a string left by k code points (mod its code point count): out = s[off..] ++ s[..off],
;; off the byte offset of code point r.
(module
  (func ${fn} (param $s i32) (param $k i64) (result i32)
    (local $len i32) (local $n i32) (local $r i32) (local $p i32) (local $c i32) (local $off i32) (local $out i32)
    (local.set $len (i32.load (local.get $s)))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $p) (local.get $len)))
        (local.set $n (i32.add (local.get $n)
          (i32.ne (i32.and (i32.load8_u offset=8 (i32.add (local.get $s) (local.get $p))) (i32.const 0xC0)) (i32.const 0x80))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $count)))
    (local.set $out (call $rt_str_alloc (local.get $len)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    (local.set $r (i32.wrap_i64 (i64.rem_s (local.get $k) (i64.extend_i32_u (local.get $n)))))
    (if (i32.lt_s (local.get $r) (i32.const 0)) (then (local.set $r (i32.add (local.get $r) (local.get $n)))))
    ;; byte offset of code point r
    (local.set $p (i32.const 0))
    (block $found
      (loop $scan
        (br_if $found (i32.ge_u (local.get $p) (local.get $len)))
        (if (i32.ne (i32.and (i32.load8_u offset=8 (i32.add (local.get $s) (local.get $p))) (i32.const 0xC0)) (i32.const 0x80))
          (then
            (br_if $found (i32.eq (local.get $c) (local.get $r)))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $scan)))
    (local.set $off (local.get $p))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (i32.add (local.get $s) (i32.const 8)) (local.get $off))
      (i32.sub (local.get $len) (local.get $off)))
    (memory.copy (i32.add (i32.add (local.get $out) (i32.const 8)) (i32.sub (local.get $len) (local.get $off)))
      (i32.add (local.get $s) (i32.const 8)) (local.get $off))
    (local.get $out)))
