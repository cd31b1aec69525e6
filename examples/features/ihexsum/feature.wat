(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $digit (param $c i32) (result i32)
    (if (result i32) (i32.le_u (local.get $c) (i32.const 57))
      (then (i32.sub (local.get $c) (i32.const 48)))
      (else (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 87)))))

  (func (export "ihexsum") (param $s i32) (param $n i32) (result i64)
    (local $end i32) (local $sum i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $sum (i32.add (local.get $sum)
          (i32.or (i32.shl (call $digit (i32.load8_u (local.get $s))) (i32.const 4))
                  (call $digit (i32.load8_u offset=1 (local.get $s))))))
        (local.set $s (i32.add (local.get $s) (i32.const 2)))
        (br $next)))
    (i64.extend_i32_u (i32.and (i32.sub (i32.const 0) (local.get $sum)) (i32.const 255)))))
