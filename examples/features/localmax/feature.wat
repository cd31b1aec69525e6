(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; whether the cell at (r, c) is below x, or outside the matrix (r - 1 and c - 1 wrap past 0 and fail the bounds check)
  (func $below (param $m i32) (param $rows i32) (param $cols i32) (param $r i32) (param $c i32) (param $x i64) (result i32)
    (if (i32.or (i32.ge_u (local.get $r) (local.get $rows)) (i32.ge_u (local.get $c) (local.get $cols)))
      (then (return (i32.const 1))))
    (i64.lt_s (i64.load (i32.add (local.get $m) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c)) (i32.const 3))))
              (local.get $x)))

  (func (export "localmax") (param $m i32) (param $rows i32) (param $cols i32) (result i64)
    (local $r i32) (local $c i32) (local $x i64) (local $count i64)
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $c (i32.const 0))
        (block $next
          (loop $col
            (br_if $next (i32.ge_u (local.get $c) (local.get $cols)))
            (local.set $x (i64.load (i32.add (local.get $m) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c)) (i32.const 3)))))
            (if (i32.and
                  (i32.and (call $below (local.get $m) (local.get $rows) (local.get $cols) (i32.sub (local.get $r) (i32.const 1)) (local.get $c) (local.get $x))
                           (call $below (local.get $m) (local.get $rows) (local.get $cols) (i32.add (local.get $r) (i32.const 1)) (local.get $c) (local.get $x)))
                  (i32.and (call $below (local.get $m) (local.get $rows) (local.get $cols) (local.get $r) (i32.sub (local.get $c) (i32.const 1)) (local.get $x))
                           (call $below (local.get $m) (local.get $rows) (local.get $cols) (local.get $r) (i32.add (local.get $c) (i32.const 1)) (local.get $x))))
              (then (local.set $count (i64.add (local.get $count) (i64.const 1)))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $col)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row)))
    (local.get $count)))
