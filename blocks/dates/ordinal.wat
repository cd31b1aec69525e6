;; ordinal: after checking the date, days before the year + days before the month + day:
;; (y-1)*365 + (y-1)/4 - (y-1)/100 + (y-1)/400 + (367m - 362)/12 - (m > 2 ? 2 - leap : 0) + d.
(module
  (func ${fn} (param $y i64) (param $m i64) (param $d i64) (result i64)
    (local $yy i32) (local $mm i32) (local $dd i32) (local $leap i32) (local $p i32)
    (if (i32.or (i64.gt_u (i64.sub (local.get $y) (i64.const 1)) (i64.const 9998))
                (i64.gt_u (i64.sub (local.get $m) (i64.const 1)) (i64.const 11)))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $yy (i32.wrap_i64 (local.get $y)))
    (local.set $mm (i32.wrap_i64 (local.get $m)))
    (local.set $leap
      (i32.and (i32.eqz (i32.rem_u (local.get $yy) (i32.const 4)))
        (i32.or (i32.ne (i32.rem_u (local.get $yy) (i32.const 100)) (i32.const 0))
                (i32.eqz (i32.rem_u (local.get $yy) (i32.const 400))))))
    ;; days in the month: 28 + leap for February, else 30 + ((m + m/8) & 1)
    (if (i64.gt_u (i64.sub (local.get $d) (i64.const 1))
          (i64.extend_i32_u (i32.sub
            (select
              (i32.add (i32.const 28) (local.get $leap))
              (i32.add (i32.const 30) (i32.and (i32.add (local.get $mm) (i32.shr_u (local.get $mm) (i32.const 3))) (i32.const 1)))
              (i32.eq (local.get $mm) (i32.const 2)))
            (i32.const 1))))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $dd (i32.wrap_i64 (local.get $d)))
    (local.set $p (i32.sub (local.get $yy) (i32.const 1)))
    (i64.extend_i32_u
      (i32.add
        (i32.add
          (i32.add (i32.mul (local.get $p) (i32.const 365))
            (i32.sub (i32.add (i32.div_u (local.get $p) (i32.const 4)) (i32.div_u (local.get $p) (i32.const 400)))
                     (i32.div_u (local.get $p) (i32.const 100))))
          (i32.sub (i32.div_u (i32.sub (i32.mul (local.get $mm) (i32.const 367)) (i32.const 362)) (i32.const 12))
                   (select (i32.sub (i32.const 2) (local.get $leap)) (i32.const 0) (i32.gt_u (local.get $mm) (i32.const 2)))))
        (local.get $dd)))))
