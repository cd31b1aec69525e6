;; yearday: ordinal(y, m, d) - ordinal(y, 1, 1) + 1; ordinal checks the date.
(module
  (import "blocks" "ordinal" (func $ordinal (param i64 i64 i64) (result i64)))
  (func ${fn} (param $y i64) (param $m i64) (param $d i64) (result i64)
    (i64.add
      (i64.sub (call $ordinal (local.get $y) (local.get $m) (local.get $d))
               (call $ordinal (local.get $y) (i64.const 1) (i64.const 1)))
      (i64.const 1))))
