;; int over float: truncate toward zero; faults (argument) on NaN, infinities and values outside the
;; int range (x < -2^63 or x >= 2^63).
(module
  (func ${fn} (param $x f64) (result i64)
    (if (i32.eqz (i32.and (f64.ge (local.get $x) (f64.const -9223372036854775808.0))
                          (f64.lt (local.get $x) (f64.const 9223372036854775808.0))))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (i64.trunc_f64_s (local.get $x))))
