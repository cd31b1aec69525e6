(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  ;; clears the island at (r, c); r - 1 and c - 1 wrap past 0 and fail the bounds check
  (func $sink (param $g i32) (param $rows i32) (param $cols i32) (param $r i32) (param $c i32)
    (local $cell i32)
    (if (i32.or (i32.ge_u (local.get $r) (local.get $rows)) (i32.ge_u (local.get $c) (local.get $cols))) (then (return)))
    (local.set $cell (i32.add (local.get $g) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c)) (i32.const 3))))
    (if (i64.ne (i64.load (local.get $cell)) (i64.const 1)) (then (return)))
    (i64.store (local.get $cell) (i64.const 0))
    (call $sink (local.get $g) (local.get $rows) (local.get $cols) (i32.add (local.get $r) (i32.const 1)) (local.get $c))
    (call $sink (local.get $g) (local.get $rows) (local.get $cols) (i32.sub (local.get $r) (i32.const 1)) (local.get $c))
    (call $sink (local.get $g) (local.get $rows) (local.get $cols) (local.get $r) (i32.add (local.get $c) (i32.const 1)))
    (call $sink (local.get $g) (local.get $rows) (local.get $cols) (local.get $r) (i32.sub (local.get $c) (i32.const 1))))

  (func (export "islands") (param $grid i32) (param $rows i32) (param $cols i32) (result i64)
    (local $g i32) (local $size i32) (local $r i32) (local $c i32) (local $count i64)
    (local.set $size (i32.shl (i32.mul (local.get $rows) (local.get $cols)) (i32.const 3)))
    (local.set $g (call $alloc (local.get $size)))
    (memory.copy (local.get $g) (local.get $grid) (local.get $size))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $c (i32.const 0))
        (block $next
          (loop $col
            (br_if $next (i32.ge_u (local.get $c) (local.get $cols)))
            (if (i64.eq (i64.load (i32.add (local.get $g) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c)) (i32.const 3))))
                        (i64.const 1))
              (then
                (local.set $count (i64.add (local.get $count) (i64.const 1)))
                (call $sink (local.get $g) (local.get $rows) (local.get $cols) (local.get $r) (local.get $c))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $col)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row)))
    (local.get $count)))
