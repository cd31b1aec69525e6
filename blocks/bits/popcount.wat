;; popcount: set bits of the 64-bit value.
(module
  (func ${fn} (param $n i64) (result i64)
    (i64.popcnt (local.get $n))))
