;; last element; faults empty (3) on [].
(module
  (func ${fn} (param $xs i32) (result {T.w})
    (local $n i32)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const {T.sh}))))))
