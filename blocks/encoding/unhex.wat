;; unhex: pairs of hex digits to bytes (either case); odd length, a non-hex digit or bytes that are
;; not UTF-8 fault (argument).
(module
  (func ${fn} (param $s i32) (result i32)
    (local $n i32) (local $m i32) (local $p i32) (local $q i32) (local $end i32) (local $out i32) (local $hi i32) (local $lo i32)
    (local.set $n (i32.load (local.get $s)))
    (if (i32.and (local.get $n) (i32.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $m (i32.shr_u (local.get $n) (i32.const 1)))
    (local.set $out (call $rt_str_alloc (local.get $m)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $hi (call ${fn}__digit (i32.load8_u (local.get $p))))
        (local.set $lo (call ${fn}__digit (i32.load8_u offset=1 (local.get $p))))
        (if (i32.gt_u (i32.or (local.get $hi) (local.get $lo)) (i32.const 15)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        (i32.store8 (local.get $q) (i32.or (i32.shl (local.get $hi) (i32.const 4)) (local.get $lo)))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $next)))
    (if (i32.eqz (call ${fn}__utf8ok (i32.add (local.get $out) (i32.const 8)) (local.get $m)))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.get $out))

  ;; the value of a hex digit character, or 16 when it is not one
  (func ${fn}__digit (param $c i32) (result i32)
    (local $l i32)
    (if (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10)) (then (return (i32.sub (local.get $c) (i32.const 48)))))
    (local.set $l (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 97)))
    (if (i32.lt_u (local.get $l) (i32.const 6)) (then (return (i32.add (local.get $l) (i32.const 10)))))
    (i32.const 16))

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
