;; percentile: p in [0, 100] checked here, then the quantile block at p / 100 (as NumPy does).
(module
  (import "blocks" "quantile_{T}" (func $quantile_{T} (param i32 f64) (result f64)))
  (func ${fn} (param $xs i32) (param $p f64) (result f64)
    (if (i32.eqz (i32.and (f64.ge (local.get $p) (f64.const 0)) (f64.le (local.get $p) (f64.const 100))))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (call $quantile_{T} (local.get $xs) (f64.div (local.get $p) (f64.const 100)))))
