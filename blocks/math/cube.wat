;; cube: (x * x) * x in the element's arithmetic (i64 wraps).
(module
  (func ${fn} (param $x {T.w}) (result {T.w})
    ({T.w}.mul ({T.w}.mul (local.get $x) (local.get $x)) (local.get $x))))
