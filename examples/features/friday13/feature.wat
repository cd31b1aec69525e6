(module
  ;; a day number for the date, counting years from March (months 3 .. 14) so the leap day comes last
  (func $days (param $y i64) (param $m i64) (param $d i64) (result i64)
    (i64.add
      (i64.add (i64.add (i64.mul (local.get $y) (i64.const 365)) (i64.div_u (local.get $y) (i64.const 4)))
               (i64.sub (i64.div_u (local.get $y) (i64.const 400)) (i64.div_u (local.get $y) (i64.const 100))))
      (i64.add (i64.div_u (i64.add (i64.mul (i64.const 153) (i64.sub (local.get $m) (i64.const 3))) (i64.const 2)) (i64.const 5))
               (local.get $d))))

  (func (export "friday13") (param $year i64) (result i64)
    (local $m i64) (local $count i64)
    (local.set $m (i64.const 3))
    (loop $month
      ;; January and February (13, 14) belong to the previous March-based year; Fridays are 3 mod 7
      (if (i64.eq (i64.rem_u (call $days
                               (i64.sub (local.get $year) (i64.extend_i32_u (i64.gt_u (local.get $m) (i64.const 12))))
                               (local.get $m) (i64.const 13))
                             (i64.const 7))
                  (i64.const 3))
        (then (local.set $count (i64.add (local.get $count) (i64.const 1)))))
      (local.set $m (i64.add (local.get $m) (i64.const 1)))
      (br_if $month (i64.le_u (local.get $m) (i64.const 14))))
    (local.get $count)))
