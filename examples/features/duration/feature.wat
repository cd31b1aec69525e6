(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "duration") (param $s i32) (param $len i32) (result i64)
    (local $end i32) (local $c i32) (local $n i64) (local $total i64)
    (local.set $end (i32.add (local.get $s) (local.get $len)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $s)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (if (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10))
          (then
            (local.set $n (i64.add (i64.mul (local.get $n) (i64.const 10)) (i64.extend_i32_u (i32.sub (local.get $c) (i32.const 48)))))
            (br $next)))
        ;; a unit: h, m or s
        (local.set $total (i64.add (local.get $total)
          (i64.mul (local.get $n)
            (select (i64.const 3600) (select (i64.const 60) (i64.const 1) (i32.eq (local.get $c) (i32.const 109)))
                    (i32.eq (local.get $c) (i32.const 104))))))
        (local.set $n (i64.const 0))
        (br $next)))
    (local.get $total)))
