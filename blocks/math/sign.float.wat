;; sign over float: 1.0 or -1.0; zeros and NaN are returned as they are.
(module
  (func ${fn} (param $x f64) (result f64)
    (if (f64.gt (local.get $x) (f64.const 0)) (then (return (f64.const 1))))
    (if (f64.lt (local.get $x) (f64.const 0)) (then (return (f64.const -1))))
    (local.get $x)))
