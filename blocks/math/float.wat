;; float over int: the nearest double (ties to even).
(module
  (func ${fn} (param $x i64) (result f64)
    (f64.convert_i64_s (local.get $x))))
