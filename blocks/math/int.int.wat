;; int over int: already an int.
(module
  (func ${fn} (param $x i64) (result i64)
    (local.get $x)))
