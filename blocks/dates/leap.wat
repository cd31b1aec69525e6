;; leap: y % 4 == 0 and (y % 100 != 0 or y % 400 == 0); rem_s never traps for these divisors.
(module
  (func ${fn} (param $y i64) (result i32)
    (i32.and
      (i64.eqz (i64.rem_s (local.get $y) (i64.const 4)))
      (i32.or
        (i64.ne (i64.rem_s (local.get $y) (i64.const 100)) (i64.const 0))
        (i64.eqz (i64.rem_s (local.get $y) (i64.const 400)))))))
