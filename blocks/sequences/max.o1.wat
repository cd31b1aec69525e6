;; max of two values: b when a < b ({T.lt}), else a.
(module
  (func ${fn} (param $a {T.w}) (param $b {T.w}) (result {T.w})
    (local.get $b) (local.get $a)
    (local.get $a) (local.get $b) {T.lt}
    (select)))
