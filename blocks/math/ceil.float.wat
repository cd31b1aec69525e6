;; ceil over float: the f64.ceil instruction.
(module
  (func ${fn} (param $x f64) (result f64)
    (f64.ceil (local.get $x))))
