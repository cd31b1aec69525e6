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

  ;; one row of path counts, updated row by row: from the left plus from above
  (func (export "paths") (param $grid i32) (param $rows i32) (param $cols i32) (result i64)
    (local $row i32) (local $cell i32) (local $end i32) (local $c i32) (local $slot i32)
    (local.set $row (call $alloc (i32.shl (local.get $cols) (i32.const 3))))
    (memory.fill (local.get $row) (i32.const 0) (i32.shl (local.get $cols) (i32.const 3)))
    (i64.store (local.get $row) (i64.const 1))
    (local.set $cell (local.get $grid))
    (local.set $end (i32.add (local.get $grid) (i32.shl (i32.mul (local.get $rows) (local.get $cols)) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $cell) (local.get $end)))
        (local.set $slot (i32.add (local.get $row) (i32.shl (local.get $c) (i32.const 3))))
        (if (i64.ne (i64.load (local.get $cell)) (i64.const 0))
          (then (i64.store (local.get $slot) (i64.const 0)))
          (else (if (local.get $c)
            (then (i64.store (local.get $slot) (i64.add (i64.load (local.get $slot)) (i64.load (i32.sub (local.get $slot) (i32.const 8)))))))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (if (i32.eq (local.get $c) (local.get $cols)) (then (local.set $c (i32.const 0))))
        (local.set $cell (i32.add (local.get $cell) (i32.const 8)))
        (br $next)))
    (i64.load (i32.add (local.get $row) (i32.shl (i32.sub (local.get $cols) (i32.const 1)) (i32.const 3))))))
