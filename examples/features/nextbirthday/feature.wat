(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; days since 0000-03-01 of a Gregorian date (year >= 1), counting years from March so February comes last
  (func $days (param $y i64) (param $m i64) (param $d i64) (result i64)
    (local $era i64) (local $yoe i64) (local $doy i64)
    (if (i64.le_s (local.get $m) (i64.const 2))
      (then
        (local.set $y (i64.sub (local.get $y) (i64.const 1)))
        (local.set $m (i64.add (local.get $m) (i64.const 9))))
      (else (local.set $m (i64.sub (local.get $m) (i64.const 3)))))
    (local.set $era (i64.div_u (local.get $y) (i64.const 400)))
    (local.set $yoe (i64.sub (local.get $y) (i64.mul (local.get $era) (i64.const 400))))
    (local.set $doy (i64.add (i64.div_u (i64.add (i64.mul (local.get $m) (i64.const 153)) (i64.const 2)) (i64.const 5))
                             (i64.sub (local.get $d) (i64.const 1))))
    (i64.add (i64.mul (local.get $era) (i64.const 146097))
             (i64.add (i64.add (i64.mul (local.get $yoe) (i64.const 365)) (local.get $doy))
                      (i64.sub (i64.div_u (local.get $yoe) (i64.const 4)) (i64.div_u (local.get $yoe) (i64.const 100))))))

  (func (export "nextbirthday") (param $y i64) (param $m i64) (param $d i64) (param $bm i64) (param $bd i64) (result i64)
    (local $today i64) (local $next i64)
    (local.set $today (call $days (local.get $y) (local.get $m) (local.get $d)))
    (local.set $next (call $days (local.get $y) (local.get $bm) (local.get $bd)))
    (if (i64.lt_s (local.get $next) (local.get $today))
      (then (local.set $next (call $days (i64.add (local.get $y) (i64.const 1)) (local.get $bm) (local.get $bd)))))
    (i64.sub (local.get $next) (local.get $today))))
