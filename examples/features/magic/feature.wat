(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $at (param $m i32) (param $n i32) (param $i i32) (param $j i32) (result i64)
    (i64.load (i32.add (local.get $m) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)) (i32.const 3)))))

  (func (export "magic") (param $m i32) (param $n i32) (param $cols i32) (result i32)
    (local $target i64) (local $diagonal i64) (local $anti i64) (local $row i64) (local $col i64) (local $i i32) (local $j i32)
    (block $summed
      (loop $first
        (br_if $summed (i32.ge_u (local.get $j) (local.get $cols)))
        (local.set $target (i64.add (local.get $target) (call $at (local.get $m) (local.get $n) (i32.const 0) (local.get $j))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $first)))
    (block $done
      (loop $line
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $row (i64.const 0))
        (local.set $col (i64.const 0))
        (local.set $j (i32.const 0))
        (block $added
          (loop $cell
            (br_if $added (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $row (i64.add (local.get $row) (call $at (local.get $m) (local.get $n) (local.get $i) (local.get $j))))
            (local.set $col (i64.add (local.get $col) (call $at (local.get $m) (local.get $n) (local.get $j) (local.get $i))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $cell)))
        (if (i32.or (i64.ne (local.get $row) (local.get $target)) (i64.ne (local.get $col) (local.get $target)))
          (then (return (i32.const 0))))
        (local.set $diagonal (i64.add (local.get $diagonal) (call $at (local.get $m) (local.get $n) (local.get $i) (local.get $i))))
        (local.set $anti (i64.add (local.get $anti)
          (call $at (local.get $m) (local.get $n) (local.get $i) (i32.sub (i32.sub (local.get $n) (i32.const 1)) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $line)))
    (i32.and (i64.eq (local.get $diagonal) (local.get $target)) (i64.eq (local.get $anti) (local.get $target)))))
