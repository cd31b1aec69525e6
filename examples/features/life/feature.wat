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

  ;; the cell at (r, c), 0 outside the grid (r - 1 and c - 1 wrap past 0 and fail the bounds check)
  (func $at (param $grid i32) (param $rows i32) (param $cols i32) (param $r i32) (param $c i32) (result i64)
    (if (i32.or (i32.ge_u (local.get $r) (local.get $rows)) (i32.ge_u (local.get $c) (local.get $cols)))
      (then (return (i64.const 0))))
    (i64.load (i32.add (local.get $grid) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c)) (i32.const 3)))))

  (func (export "life") (param $grid i32) (param $rows i32) (param $cols i32) (result i32 i32 i32)
    (local $out i32) (local $r i32) (local $c i32) (local $dr i32) (local $dc i32) (local $n i64) (local $alive i64)
    (local.set $out (call $alloc (i32.shl (i32.mul (local.get $rows) (local.get $cols)) (i32.const 3))))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $c (i32.const 0))
        (block $next
          (loop $col
            (br_if $next (i32.ge_u (local.get $c) (local.get $cols)))
            ;; n: the live cells in the 3 × 3 block around (r, c), the cell itself excluded
            (local.set $alive (call $at (local.get $grid) (local.get $rows) (local.get $cols) (local.get $r) (local.get $c)))
            (local.set $n (i64.sub (i64.const 0) (local.get $alive)))
            (local.set $dr (i32.const -1))
            (loop $rows3
              (local.set $dc (i32.const -1))
              (loop $cols3
                (local.set $n (i64.add (local.get $n)
                  (call $at (local.get $grid) (local.get $rows) (local.get $cols)
                    (i32.add (local.get $r) (local.get $dr)) (i32.add (local.get $c) (local.get $dc)))))
                (local.set $dc (i32.add (local.get $dc) (i32.const 1)))
                (br_if $cols3 (i32.le_s (local.get $dc) (i32.const 1))))
              (local.set $dr (i32.add (local.get $dr) (i32.const 1)))
              (br_if $rows3 (i32.le_s (local.get $dr) (i32.const 1))))
            (i64.store (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c)) (i32.const 3)))
              (i64.extend_i32_u (i32.or (i64.eq (local.get $n) (i64.const 3))
                                        (i32.and (i64.eq (local.get $n) (i64.const 2)) (i64.eq (local.get $alive) (i64.const 1))))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $col)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row)))
    (local.get $out) (local.get $rows) (local.get $cols)))
