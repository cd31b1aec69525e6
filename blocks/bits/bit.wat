;; bit: bit i (0 = least significant) of the 64-bit value; i outside 0..63 faults (index).
(module
  (func ${fn} (param $n i64) (param $i i64) (result i32)
    (if (i64.gt_u (local.get $i) (i64.const 63)) (then (call $rt_fault (i32.const 1)) (unreachable)))
    (i64.ne (i64.and (i64.shr_u (local.get $n) (local.get $i)) (i64.const 1)) (i64.const 0))))
