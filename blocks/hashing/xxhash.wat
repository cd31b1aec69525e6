;; xxhash: XXH32 with seed 0. The four accumulators of the 16-byte stripes are the four lanes of
;; one i32x4, so a stripe is one vector round: v = rotl(v + x * P2, 13) * P1.
(module
  (func ${fn} (param $s i32) (result i64)
    (local $p i32) (local $len i32) (local $end i32) (local $h i32) (local $v v128) (local $x v128)
    (local.set $len (i32.load (local.get $s)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (local.get $len)))
    (if (i32.ge_u (local.get $len) (i32.const 16))
      (then
        ;; seed + P1 + P2, seed + P2, seed, seed - P1
        (local.set $v (v128.const i32x4 0x24234428 0x85ebca77 0 0x61c8864f))
        (loop $stripe
          (local.set $x (i32x4.add (local.get $v) (i32x4.mul (v128.load (local.get $p)) (v128.const i32x4 0x85ebca77 0x85ebca77 0x85ebca77 0x85ebca77))))
          (local.set $v (i32x4.mul
            (v128.or (i32x4.shl (local.get $x) (i32.const 13)) (i32x4.shr_u (local.get $x) (i32.const 19)))
            (v128.const i32x4 0x9e3779b1 0x9e3779b1 0x9e3779b1 0x9e3779b1)))
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (br_if $stripe (i32.ge_u (i32.sub (local.get $end) (local.get $p)) (i32.const 16))))
        (local.set $h (i32.add
          (i32.add (i32.rotl (i32x4.extract_lane 0 (local.get $v)) (i32.const 1)) (i32.rotl (i32x4.extract_lane 1 (local.get $v)) (i32.const 7)))
          (i32.add (i32.rotl (i32x4.extract_lane 2 (local.get $v)) (i32.const 12)) (i32.rotl (i32x4.extract_lane 3 (local.get $v)) (i32.const 18))))))
      (else (local.set $h (i32.const 0x165667b1))))
    (local.set $h (i32.add (local.get $h) (local.get $len)))
    (block $done4
      (loop $next4
        (br_if $done4 (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 4)))
        (local.set $h (i32.mul
          (i32.rotl (i32.add (local.get $h) (i32.mul (i32.load (local.get $p)) (i32.const 0xc2b2ae3d))) (i32.const 17))
          (i32.const 0x27d4eb2f)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next4)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $h (i32.mul
          (i32.rotl (i32.add (local.get $h) (i32.mul (i32.load8_u (local.get $p)) (i32.const 0x165667b1))) (i32.const 11))
          (i32.const 0x9e3779b1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.set $h (i32.mul (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 15))) (i32.const 0x85ebca77)))
    (local.set $h (i32.mul (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))) (i32.const 0xc2b2ae3d)))
    (i64.extend_i32_u (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))))
