(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 8))
  ;; row and column offsets of the four neighbours, as signed bytes: down, up, right, left
  (data (i32.const 0) "\01\ff\00\00\00\00\01\ff")

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  ;; grid: rows records of (ptr i32, len i32); breadth-first from cell 0, with an i32 step count
  ;; per cell (-1 until reached) and a queue of cell indices
  (func (export "mazesteps") (param $grid i32) (param $rows i32) (result i64)
    (local $cols i32) (local $n i32) (local $steps i32) (local $queue i32) (local $head i32) (local $tail i32)
    (local $cell i32) (local $k i32) (local $i i32) (local $j i32) (local $next i32)
    (if (i32.eqz (local.get $rows)) (then (return (i64.const -1))))
    (if (i32.ne (i32.load8_u (i32.load (local.get $grid))) (i32.const 46)) (then (return (i64.const -1))))
    (local.set $cols (i32.load offset=4 (local.get $grid)))
    (local.set $n (i32.mul (local.get $rows) (local.get $cols)))
    (local.set $steps (call $alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $queue (call $alloc (i32.shl (local.get $n) (i32.const 2))))
    (memory.fill (local.get $steps) (i32.const 255) (i32.shl (local.get $n) (i32.const 2)))
    (i32.store (local.get $steps) (i32.const 0))
    (i32.store (local.get $queue) (i32.const 0))
    (local.set $tail (i32.const 1))
    (block $done
      (loop $visit
        (br_if $done (i32.ge_u (local.get $head) (local.get $tail)))
        (local.set $cell (i32.load (i32.add (local.get $queue) (i32.shl (local.get $head) (i32.const 2)))))
        (local.set $head (i32.add (local.get $head) (i32.const 1)))
        (local.set $k (i32.const 0))
        (loop $neighbour
          ;; i or j of -1 wraps to a huge unsigned value and fails the bounds check
          (local.set $i (i32.add (i32.div_u (local.get $cell) (local.get $cols)) (i32.load8_s (local.get $k))))
          (local.set $j (i32.add (i32.rem_u (local.get $cell) (local.get $cols)) (i32.load8_s offset=4 (local.get $k))))
          (local.set $next (i32.add (i32.mul (local.get $i) (local.get $cols)) (local.get $j)))
          (if (i32.and (i32.lt_u (local.get $i) (local.get $rows)) (i32.lt_u (local.get $j) (local.get $cols)))
            (then
              (if (i32.and (i32.eq (i32.load8_u (i32.add (i32.load (i32.add (local.get $grid) (i32.shl (local.get $i) (i32.const 3)))) (local.get $j)))
                                   (i32.const 46))
                           (i32.lt_s (i32.load (i32.add (local.get $steps) (i32.shl (local.get $next) (i32.const 2)))) (i32.const 0)))
                (then
                  (i32.store (i32.add (local.get $steps) (i32.shl (local.get $next) (i32.const 2)))
                             (i32.add (i32.load (i32.add (local.get $steps) (i32.shl (local.get $cell) (i32.const 2)))) (i32.const 1)))
                  (i32.store (i32.add (local.get $queue) (i32.shl (local.get $tail) (i32.const 2))) (local.get $next))
                  (local.set $tail (i32.add (local.get $tail) (i32.const 1)))))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $neighbour (i32.lt_u (local.get $k) (i32.const 4))))
        (br $visit)))
    (i64.extend_i32_s (i32.load (i32.add (local.get $steps) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 2)))))))
