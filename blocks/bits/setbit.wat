;; setbit: n with bit i set; i outside 0..63 faults (index).
(module
  (func ${fn} (param $n i64) (param $i i64) (result i64)
    (if (i64.gt_u (local.get $i) (i64.const 63)) (then (call $rt_fault (i32.const 1)) (unreachable)))
    (i64.or (local.get $n) (i64.shl (i64.const 1) (local.get $i)))))
