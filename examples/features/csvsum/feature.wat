(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "csvsum") (param $s i32) (param $n i32) (result i64)
    (local $end i32) (local $c i32) (local $sum i64) (local $num i64) (local $neg i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        ;; the end of the line acts as a last comma
        (local.set $c (i32.const 44))
        (if (i32.lt_u (local.get $s) (local.get $end)) (then (local.set $c (i32.load8_u (local.get $s)))))
        (if (i32.eq (local.get $c) (i32.const 44))
          (then
            (local.set $sum (i64.add (local.get $sum)
              (select (i64.sub (i64.const 0) (local.get $num)) (local.get $num) (local.get $neg))))
            (local.set $num (i64.const 0))
            (local.set $neg (i32.const 0))))
        (if (i32.eq (local.get $c) (i32.const 45)) (then (local.set $neg (i32.const 1))))
        (if (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10))
          (then (local.set $num (i64.add (i64.mul (local.get $num) (i64.const 10))
                                         (i64.extend_i32_u (i32.sub (local.get $c) (i32.const 48)))))))
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (local.get $sum)))
