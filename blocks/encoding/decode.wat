;; unutf8: narrow the ints to bytes (each must be 0..255), then check the bytes are UTF-8.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $i i32) (local $out i32) (local $x i64)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_str_alloc (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (if (i64.gt_u (local.get $x) (i64.const 255)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        (i32.store8 offset=8 (i32.add (local.get $out) (local.get $i)) (i32.wrap_i64 (local.get $x)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (if (i32.eqz (call ${fn}__utf8ok (i32.add (local.get $out) (i32.const 8)) (local.get $n)))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.get $out))

  ;; 1 when the n bytes at p are well-formed UTF-8 (no stray continuation bytes, overlong forms,
  ;; surrogates, code points past U+10FFFF or truncated sequences), else 0. ASCII runs go 16 at a time.
  (func ${fn}__utf8ok (param $p i32) (param $n i32) (result i32)
    (local $end i32) (local $c i32) (local $d i32) (local $lo i32) (local $hi i32)
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (block $bad
      (loop $next
        (if (i32.ge_u (i32.sub (local.get $end) (local.get $p)) (i32.const 16))
          (then
            (if (i32.eqz (i8x16.bitmask (v128.load (local.get $p))))
              (then
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $next)))))
        (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const 1))))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.lt_u (local.get $c) (i32.const 0x80))
          (then
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $next)))
        (br_if $bad (i32.lt_u (local.get $c) (i32.const 0xc2)))
        (br_if $bad (i32.gt_u (local.get $c) (i32.const 0xf4)))
        ;; the second byte's range depends on the lead byte
        (br_if $bad (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 2)))
        (local.set $d (i32.load8_u offset=1 (local.get $p)))
        (local.set $lo (select (i32.const 0xa0) (select (i32.const 0x90) (i32.const 0x80) (i32.eq (local.get $c) (i32.const 0xf0))) (i32.eq (local.get $c) (i32.const 0xe0))))
        (local.set $hi (select (i32.const 0x9f) (select (i32.const 0x8f) (i32.const 0xbf) (i32.eq (local.get $c) (i32.const 0xf4))) (i32.eq (local.get $c) (i32.const 0xed))))
        (br_if $bad (i32.lt_u (local.get $d) (local.get $lo)))
        (br_if $bad (i32.gt_u (local.get $d) (local.get $hi)))
        (if (i32.lt_u (local.get $c) (i32.const 0xe0))
          (then
            (local.set $p (i32.add (local.get $p) (i32.const 2)))
            (br $next)))
        (br_if $bad (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 3)))
        (br_if $bad (i32.ne (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0xc0)) (i32.const 0x80)))
        (if (i32.lt_u (local.get $c) (i32.const 0xf0))
          (then
            (local.set $p (i32.add (local.get $p) (i32.const 3)))
            (br $next)))
        (br_if $bad (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 4)))
        (br_if $bad (i32.ne (i32.and (i32.load8_u offset=3 (local.get $p)) (i32.const 0xc0)) (i32.const 0x80)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next)))
    (i32.const 0))
)
