;; pow2: exactly one bit set and not the sign bit.
(module
  (func ${fn} (param $n i64) (result i32)
    (i32.and
      (i64.gt_s (local.get $n) (i64.const 0))
      (i64.eq (i64.popcnt (local.get $n)) (i64.const 1)))))
