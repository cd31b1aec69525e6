(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "diagdiff") (param $m i32) (param $rows i32) (param $cols i32) (result i64)
    (local $i i32) (local $row i32) (local $sum i64)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $row (i32.add (local.get $m) (i32.shl (i32.mul (local.get $i) (local.get $cols)) (i32.const 3))))
        (local.set $sum (i64.add (local.get $sum)
          (i64.sub (i64.load (i32.add (local.get $row) (i32.shl (local.get $i) (i32.const 3))))
                   (i64.load (i32.add (local.get $row) (i32.shl (i32.sub (i32.sub (local.get $cols) (i32.const 1)) (local.get $i)) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (select (i64.sub (i64.const 0) (local.get $sum)) (local.get $sum) (i64.lt_s (local.get $sum) (i64.const 0)))))
