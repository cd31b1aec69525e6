(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $number (param $p i32) (param $digits i32) (result i64)
    (local $v i64)
    (loop $next
      (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10))
                             (i64.extend_i32_u (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $digits (i32.sub (local.get $digits) (i32.const 1)))
      (br_if $next (local.get $digits)))
    (local.get $v))

  ;; a day number for "YYYY-MM-DD", counting years from March so the leap day comes last;
  ;; the day number of a Monday is 6 more than a multiple of 7
  (func $days (param $iso i32) (result i64)
    (local $y i64) (local $m i64)
    (local.set $y (call $number (local.get $iso) (i32.const 4)))
    (local.set $m (call $number (i32.add (local.get $iso) (i32.const 5)) (i32.const 2)))
    (if (i64.le_u (local.get $m) (i64.const 2))
      (then
        (local.set $y (i64.sub (local.get $y) (i64.const 1)))
        (local.set $m (i64.add (local.get $m) (i64.const 12)))))
    (i64.add
      (i64.add (i64.add (i64.mul (local.get $y) (i64.const 365)) (i64.div_u (local.get $y) (i64.const 4)))
               (i64.sub (i64.div_u (local.get $y) (i64.const 400)) (i64.div_u (local.get $y) (i64.const 100))))
      (i64.add (i64.div_u (i64.add (i64.mul (i64.const 153) (i64.sub (local.get $m) (i64.const 3))) (i64.const 2)) (i64.const 5))
               (call $number (i32.add (local.get $iso) (i32.const 8)) (i32.const 2)))))

  (func (export "workdays") (param $a i32) (param $alen i32) (param $b i32) (param $blen i32) (result i64)
    (local $day i64) (local $last i64) (local $count i64)
    (local.set $day (call $days (local.get $a)))
    (local.set $last (call $days (local.get $b)))
    (block $done
      (loop $next
        (br_if $done (i64.gt_s (local.get $day) (local.get $last)))
        ;; Monday 0 … Sunday 6
        (if (i64.lt_u (i64.rem_u (i64.add (local.get $day) (i64.const 1)) (i64.const 7)) (i64.const 5))
          (then (local.set $count (i64.add (local.get $count) (i64.const 1)))))
        (local.set $day (i64.add (local.get $day) (i64.const 1)))
        (br $next)))
    (local.get $count)))
