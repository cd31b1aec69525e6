(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 12))
  ;; Sakamoto's month offsets
  (data (i32.const 0) "\00\03\02\05\00\03\05\01\04\06\02\04")

  ;; the weekday of the first of the month, 0 = Sunday
  (func $first (param $y i64) (param $m i64) (result i64)
    (if (i64.lt_s (local.get $m) (i64.const 3)) (then (local.set $y (i64.sub (local.get $y) (i64.const 1)))))
    (i64.rem_u
      (i64.add (i64.add (local.get $y) (i64.div_u (local.get $y) (i64.const 4)))
               (i64.add (i64.sub (i64.div_u (local.get $y) (i64.const 400)) (i64.div_u (local.get $y) (i64.const 100)))
                        (i64.add (i64.load8_u offset=0 (i32.sub (i32.wrap_i64 (local.get $m)) (i32.const 1))) (i64.const 1))))
      (i64.const 7)))

  ;; wd counts from Monday, so it is one behind the Sunday-based weekday
  (func (export "nthweekday") (param $y i64) (param $m i64) (param $wd i64) (param $k i64) (result i64)
    (i64.add (i64.const 1)
      (i64.add (i64.rem_u (i64.sub (i64.add (local.get $wd) (i64.const 8)) (call $first (local.get $y) (local.get $m))) (i64.const 7))
               (i64.mul (i64.const 7) (i64.sub (local.get $k) (i64.const 1)))))))
