;; float over float: already a float.
(module
  (func ${fn} (param $x f64) (result f64)
    (local.get $x)))
