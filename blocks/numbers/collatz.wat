;; collatz: count steps to 1 on a 128-bit value hi:lo, dividing out runs of factors of two at once
;; with ctz; 3v + 1 is done in 64 bits while it fits, else with carries; past 2^128 it faults.
(module
  (func ${fn} (param $n i64) (result i64)
    (local $steps i64) (local $hi i64) (local $lo i64) (local $k i64) (local $t i64) (local $c i64)
    (if (i64.lt_s (local.get $n) (i64.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $lo (local.get $n))
    (loop $next
      ;; strip factors of two (the value is never 0)
      (if (i64.eqz (local.get $lo))
        (then
          (local.set $k (i64.ctz (local.get $hi)))
          (local.set $lo (i64.shr_u (local.get $hi) (local.get $k)))
          (local.set $hi (i64.const 0))
          (local.set $steps (i64.add (local.get $steps) (i64.add (local.get $k) (i64.const 64)))))
        (else
          (local.set $k (i64.ctz (local.get $lo)))
          (if (i64.ne (local.get $k) (i64.const 0))
            (then
              (local.set $lo (i64.or (i64.shr_u (local.get $lo) (local.get $k))
                                     (i64.shl (local.get $hi) (i64.sub (i64.const 64) (local.get $k)))))
              (local.set $hi (i64.shr_u (local.get $hi) (local.get $k)))
              (local.set $steps (i64.add (local.get $steps) (local.get $k)))))))
      (if (i32.and (i64.eqz (local.get $hi)) (i64.eq (local.get $lo) (i64.const 1))) (then (return (local.get $steps))))
      ;; odd: 3v + 1
      (if (i32.and (i64.eqz (local.get $hi)) (i64.le_u (local.get $lo) (i64.const 0x5555555555555554)))
        (then (local.set $lo (i64.add (i64.mul (local.get $lo) (i64.const 3)) (i64.const 1))))
        (else
          ;; 3v + 1 < 2^128 iff v <= 0x5555555555555555_5555555555555554
          (if (i32.or (i64.gt_u (local.get $hi) (i64.const 0x5555555555555555))
                      (i32.and (i64.eq (local.get $hi) (i64.const 0x5555555555555555)) (i64.gt_u (local.get $lo) (i64.const 0x5555555555555554))))
            (then (call $rt_fault (i32.const 6)) (unreachable)))
          (local.set $t (i64.shl (local.get $lo) (i64.const 1)))
          (local.set $c (i64.shr_u (local.get $lo) (i64.const 63)))
          (local.set $t (i64.add (local.get $t) (local.get $lo)))
          (local.set $c (i64.add (local.get $c) (i64.extend_i32_u (i64.lt_u (local.get $t) (local.get $lo)))))
          (local.set $lo (i64.add (local.get $t) (i64.const 1)))
          (local.set $c (i64.add (local.get $c) (i64.extend_i32_u (i64.eqz (local.get $lo)))))
          (local.set $hi (i64.add (i64.mul (local.get $hi) (i64.const 3)) (local.get $c)))))
      (local.set $steps (i64.add (local.get $steps) (i64.const 1)))
      (br $next))
    (unreachable)))
