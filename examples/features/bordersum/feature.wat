(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "bordersum") (param $m i32) (param $rows i32) (param $cols i32) (result i64)
    (local $i i32) (local $j i32) (local $sum i64)
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $j (i32.const 0))
        (block $next
          (loop $col
            (br_if $next (i32.ge_u (local.get $j) (local.get $cols)))
            (if (i32.or (i32.or (i32.eqz (local.get $i)) (i32.eq (local.get $i) (i32.sub (local.get $rows) (i32.const 1))))
                        (i32.or (i32.eqz (local.get $j)) (i32.eq (local.get $j) (i32.sub (local.get $cols) (i32.const 1)))))
              (then (local.set $sum (i64.add (local.get $sum) (i64.load (local.get $m))))))
            (local.set $m (i32.add (local.get $m) (i32.const 8)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $col)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row)))
    (local.get $sum)))
