;; floor over float: the f64.floor instruction.
(module
  (func ${fn} (param $x f64) (result f64)
    (f64.floor (local.get $x))))
