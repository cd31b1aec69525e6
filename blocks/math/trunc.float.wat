;; trunc over float: the f64.trunc instruction.
(module
  (func ${fn} (param $x f64) (result f64)
    (f64.trunc (local.get $x))))
