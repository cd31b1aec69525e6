;; weekday: (ordinal + 6) mod 7, as 0001-01-01 (ordinal 1) was a Monday; ordinal checks the date.
(module
  (import "blocks" "ordinal" (func $ordinal (param i64 i64 i64) (result i64)))
  (func ${fn} (param $y i64) (param $m i64) (param $d i64) (result i64)
    (i64.rem_u (i64.add (call $ordinal (local.get $y) (local.get $m) (local.get $d)) (i64.const 6)) (i64.const 7))))
