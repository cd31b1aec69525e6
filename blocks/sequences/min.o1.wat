;; min of two values: b when b < a ({T.lt}), else a.
(module
  (func ${fn} (param $a {T.w}) (param $b {T.w}) (result {T.w})
    (local.get $b) (local.get $a)
    (local.get $b) (local.get $a) {T.lt}
    (select)))
