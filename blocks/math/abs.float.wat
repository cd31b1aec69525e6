;; abs over float: clears the sign bit.
(module
  (func ${fn} (param $x f64) (result f64)
    (f64.abs (local.get $x))))
