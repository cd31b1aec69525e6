;; monthdays: 28 + leap for February, else 30 + ((m + m / 8) & 1).
(module
  (func ${fn} (param $y i64) (param $m i64) (result i64)
    (local $mm i32)
    (if (i64.gt_u (i64.sub (local.get $m) (i64.const 1)) (i64.const 11)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $mm (i32.wrap_i64 (local.get $m)))
    (if (i32.eq (local.get $mm) (i32.const 2))
      (then (return (i64.extend_i32_u (i32.add (i32.const 28)
        (i32.and
          (i64.eqz (i64.rem_s (local.get $y) (i64.const 4)))
          (i32.or
            (i64.ne (i64.rem_s (local.get $y) (i64.const 100)) (i64.const 0))
            (i64.eqz (i64.rem_s (local.get $y) (i64.const 400))))))))))
    (i64.extend_i32_u (i32.add (i32.const 30)
      (i32.and (i32.add (local.get $mm) (i32.shr_u (local.get $mm) (i32.const 3))) (i32.const 1))))))
