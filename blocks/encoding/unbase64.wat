;; unbase64: strict standard base64 (padded, canonical) to bytes, which must be UTF-8. Data: a
;; 256-byte table from character to 6-bit value, 0xff for anything outside the alphabet (= too).
(module
  (import "link" "{fn}_data" (global ${fn}_data i32))
  (func ${fn} (param $s i32) (result i32)
    (local $n i32) (local $pad i32) (local $m i32) (local $p i32) (local $end i32) (local $q i32) (local $out i32)
    (local $t i32) (local $a i32) (local $b i32) (local $c i32) (local $d i32)
    (local.set $n (i32.load (local.get $s)))
    (if (i32.and (local.get $n) (i32.const 3)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $t (global.get ${fn}_data))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    ;; trailing = (one or two) make the last group partial
    (if (local.get $n)
      (then
        (if (i32.eq (i32.load8_u offset=7 (i32.add (local.get $s) (local.get $n))) (i32.const 61))
          (then
            (local.set $pad (i32.const 1))
            (if (i32.eq (i32.load8_u offset=6 (i32.add (local.get $s) (local.get $n))) (i32.const 61)) (then (local.set $pad (i32.const 2))))
            (local.set $end (i32.sub (local.get $end) (i32.const 4)))))))
    (local.set $m (i32.sub (i32.mul (i32.shr_u (local.get $n) (i32.const 2)) (i32.const 3)) (local.get $pad)))
    (local.set $out (call $rt_str_alloc (local.get $m)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $a (i32.load8_u (i32.add (local.get $t) (i32.load8_u (local.get $p)))))
        (local.set $b (i32.load8_u (i32.add (local.get $t) (i32.load8_u offset=1 (local.get $p)))))
        (local.set $c (i32.load8_u (i32.add (local.get $t) (i32.load8_u offset=2 (local.get $p)))))
        (local.set $d (i32.load8_u (i32.add (local.get $t) (i32.load8_u offset=3 (local.get $p)))))
        (if (i32.and (i32.or (i32.or (local.get $a) (local.get $b)) (i32.or (local.get $c) (local.get $d))) (i32.const 0x80))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (i32.store8 (local.get $q) (i32.or (i32.shl (local.get $a) (i32.const 2)) (i32.shr_u (local.get $b) (i32.const 4))))
        (i32.store8 offset=1 (local.get $q) (i32.or (i32.shl (local.get $b) (i32.const 4)) (i32.shr_u (local.get $c) (i32.const 2))))
        (i32.store8 offset=2 (local.get $q) (i32.or (i32.shl (local.get $c) (i32.const 6)) (local.get $d)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (local.set $q (i32.add (local.get $q) (i32.const 3)))
        (br $next)))
    (if (local.get $pad)
      (then
        ;; "ab==" gives 1 byte, "abc=" 2; the bits past them must be 0
        (local.set $a (i32.load8_u (i32.add (local.get $t) (i32.load8_u (local.get $p)))))
        (local.set $b (i32.load8_u (i32.add (local.get $t) (i32.load8_u offset=1 (local.get $p)))))
        (local.set $c (select (i32.const 0) (i32.load8_u (i32.add (local.get $t) (i32.load8_u offset=2 (local.get $p)))) (i32.eq (local.get $pad) (i32.const 2))))
        (if (i32.and (i32.or (i32.or (local.get $a) (local.get $b)) (local.get $c)) (i32.const 0x80))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (if (i32.eq (local.get $pad) (i32.const 2))
          (then (if (i32.and (local.get $b) (i32.const 15)) (then (call $rt_fault (i32.const 4)) (unreachable))))
          (else (if (i32.and (local.get $c) (i32.const 3)) (then (call $rt_fault (i32.const 4)) (unreachable)))))
        (i32.store8 (local.get $q) (i32.or (i32.shl (local.get $a) (i32.const 2)) (i32.shr_u (local.get $b) (i32.const 4))))
        (if (i32.eq (local.get $pad) (i32.const 1))
          (then (i32.store8 offset=1 (local.get $q) (i32.or (i32.shl (local.get $b) (i32.const 4)) (i32.shr_u (local.get $c) (i32.const 2))))))))
    (if (i32.eqz (call ${fn}__utf8ok (i32.add (local.get $out) (i32.const 8)) (local.get $m)))
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
  (data (i32.const 0)
    "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff"
    "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\3e\ff\ff\ff\3f\34\35\36\37\38\39\3a\3b\3c\3d\ff\ff\ff\ff\ff\ff"
    "\ff\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10\11\12\13\14\15\16\17\18\19\ff\ff\ff\ff\ff"
    "\ff\1a\1b\1c\1d\1e\1f\20\21\22\23\24\25\26\27\28\29\2a\2b\2c\2d\2e\2f\30\31\32\33\ff\ff\ff\ff\ff"
    "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff"
    "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff"
    "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff"
    "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff"))
