;; drop on a string: the bytes from the n-th code point on (n clamped to 0..).
(module
  (func ${fn} (param $s i32) (param $n i64) (result i32)
    (local $m i32) (local $out i32)
    (local.set $m (call ${fn}__offset (local.get $s) (local.get $n)))
    (local.set $out (call $rt_str_alloc (i32.sub (i32.load (local.get $s)) (local.get $m))))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (i32.add (local.get $s) (i32.const 8)) (local.get $m))
      (i32.sub (i32.load (local.get $s)) (local.get $m)))
    (local.get $out))

  ;; byte offset where code point k starts (0 for k <= 0, the byte length when there are k or fewer)
  (func ${fn}__offset (param $s i32) (param $k i64) (result i32)
    (local $len i32) (local $p i32) (local $c i32) (local $want i32)
    (local.set $len (i32.load (local.get $s)))
    (if (i64.le_s (local.get $k) (i64.const 0)) (then (return (i32.const 0))))
    (if (i64.ge_s (local.get $k) (i64.extend_i32_u (local.get $len))) (then (return (local.get $len))))
    (local.set $want (i32.wrap_i64 (local.get $k)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $len)))
        (if (i32.ne (i32.and (i32.load8_u offset=8 (i32.add (local.get $s) (local.get $p))) (i32.const 0xC0)) (i32.const 0x80))
          (then
            (br_if $done (i32.eq (local.get $c) (local.get $want)))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $p)))
