(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "ean13") (param $s i32) (param $n i32) (result i64)
    (local $i i32) (local $d i32) (local $total i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $d (i32.sub (i32.load8_u (i32.add (local.get $s) (local.get $i))) (i32.const 48)))
        (if (i32.and (local.get $i) (i32.const 1))
          (then (local.set $d (i32.mul (local.get $d) (i32.const 3)))))
        (local.set $total (i32.add (local.get $total) (local.get $d)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.extend_i32_u (i32.rem_u (i32.sub (i32.const 10) (i32.rem_u (local.get $total) (i32.const 10))) (i32.const 10)))))
