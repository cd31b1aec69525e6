;; ushr: logical right shift; counts of 64 or more give 0; negative counts fault.
(module
  (func ${fn} (param $n i64) (param $k i64) (result i64)
    (if (i64.lt_s (local.get $k) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.ge_s (local.get $k) (i64.const 64)) (then (return (i64.const 0))))
    (i64.shr_u (local.get $n) (local.get $k))))
