(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "topcolumn") (param $m i32) (param $rows i32) (param $cols i32) (result i64)
    (local $i i32) (local $j i32) (local $sum i64) (local $most i64) (local $best i32)
    (block $done
      (loop $col
        (br_if $done (i32.ge_u (local.get $j) (local.get $cols)))
        (local.set $sum (i64.const 0))
        (local.set $i (i32.const 0))
        (block $summed
          (loop $row
            (br_if $summed (i32.ge_u (local.get $i) (local.get $rows)))
            (local.set $sum (i64.add (local.get $sum)
              (i64.load (i32.add (local.get $m) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $cols)) (local.get $j)) (i32.const 3))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $row)))
        (if (i32.or (i32.eqz (local.get $j)) (i64.gt_s (local.get $sum) (local.get $most)))
          (then
            (local.set $most (local.get $sum))
            (local.set $best (local.get $j))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $col)))
    (i64.extend_i32_u (local.get $best))))
