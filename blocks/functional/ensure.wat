;; ensure: x, or a fault (argument) when ok is false.
(module
  (func ${fn} (param $x {T.w}) (param $ok i32) (result {T.w})
    (if (i32.eqz (local.get $ok)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.get $x)))
