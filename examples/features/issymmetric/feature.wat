(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "issymmetric") (param $m i32) (param $rows i32) (param $cols i32) (result i32)
    (local $i i32) (local $j i32)
    (if (i32.ne (local.get $rows) (local.get $cols)) (then (return (i32.const 0))))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $j (i32.const 0))
        (block $next
          (loop $col
            (br_if $next (i32.ge_u (local.get $j) (local.get $i)))
            (if (i64.ne (i64.load (i32.add (local.get $m) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $cols)) (local.get $j)) (i32.const 3))))
                        (i64.load (i32.add (local.get $m) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $cols)) (local.get $i)) (i32.const 3)))))
              (then (return (i32.const 0))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $col)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row)))
    (i32.const 1)))
