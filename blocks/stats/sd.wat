;; sample standard deviation: sqrt of the variance block.
(module
  (import "blocks" "variance_{T}" (func $variance_{T} (param i32) (result f64)))
  (func ${fn} (param $xs i32) (result f64)
    (f64.sqrt (call $variance_{T} (local.get $xs)))))
