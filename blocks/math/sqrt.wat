;; sqrt: the f64.sqrt instruction (IEEE, correctly rounded).
(module
  (func ${fn} (param $x f64) (result f64)
    (f64.sqrt (local.get $x))))
