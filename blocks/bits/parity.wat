;; parity: the low bit of the popcount.
(module
  (func ${fn} (param $n i64) (result i64)
    (i64.and (i64.popcnt (local.get $n)) (i64.const 1))))
