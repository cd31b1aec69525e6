;; round over float: f64.nearest rounds half to even.
(module
  (func ${fn} (param $x f64) (result f64)
    (f64.nearest (local.get $x))))
