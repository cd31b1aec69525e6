;; first element; faults empty (3) on [].
(module
  (func ${fn} (param $xs i32) (result {T.w})
    (if (i32.eqz (i32.load (local.get $xs))) (then (call $rt_fault (i32.const 3)) (unreachable)))
    ({T.load} offset=8 (local.get $xs))))
