;; population standard deviation: sqrt of the pvariance block.
(module
  (import "blocks" "pvariance_{T}" (func $pvariance_{T} (param i32) (result f64)))
  (func ${fn} (param $xs i32) (result f64)
    (f64.sqrt (call $pvariance_{T} (local.get $xs)))))
