;; shr: arithmetic right shift; counts of 64 or more leave only the sign; negative counts fault.
(module
  (func ${fn} (param $n i64) (param $k i64) (result i64)
    (if (i64.lt_s (local.get $k) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $k) (i64.const 63)) (then (local.set $k (i64.const 63))))
    (i64.shr_s (local.get $n) (local.get $k))))
