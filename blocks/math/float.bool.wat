;; float over bool: 1.0 or 0.0.
(module
  (func ${fn} (param $b i32) (result f64)
    (f64.convert_i32_u (local.get $b))))
