;; interquartile range: the 75th minus the 25th percentile, through the quantile block.
(module
  (import "blocks" "quantile_{T}" (func $quantile_{T} (param i32 f64) (result f64)))
  (func ${fn} (param $xs i32) (result f64)
    (if (i32.eqz (i32.load (local.get $xs))) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (f64.sub (call $quantile_{T} (local.get $xs) (f64.const 0.75)) (call $quantile_{T} (local.get $xs) (f64.const 0.25)))))
