;; pcg: PCG32 (XSH-RR, 64-bit LCG state, increment 109 = stream 54), seeded as pcg32_srandom_r(seed, 54).
(module
  (func ${fn} (param $seed i64) (param $n i64) (result i32)
    (local $s i64) (local $old i64) (local $out i32) (local $p i32) (local $end i32)
    (if (i64.lt_s (local.get $n) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (i32.wrap_i64 (local.get $n)) (i32.const 8)))
    ;; state = 0; step; state += seed; step
    (local.set $s (i64.add (i64.mul (i64.add (i64.const 109) (local.get $seed)) (i64.const 6364136223846793005)) (i64.const 109)))
    (local.set $p (local.get $out))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.wrap_i64 (local.get $n)) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $old (local.get $s))
        (local.set $s (i64.add (i64.mul (local.get $old) (i64.const 6364136223846793005)) (i64.const 109)))
        (i64.store offset=8 (local.get $p)
          (i64.extend_i32_u
            (i32.rotr
              (i32.wrap_i64 (i64.shr_u (i64.xor (i64.shr_u (local.get $old) (i64.const 18)) (local.get $old)) (i64.const 27)))
              (i32.wrap_i64 (i64.shr_u (local.get $old) (i64.const 59))))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $out)))
