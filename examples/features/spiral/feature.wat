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

  ;; copies m[i][j] to p and returns the next p
  (func $put (param $p i32) (param $m i32) (param $cols i32) (param $i i32) (param $j i32) (result i32)
    (i64.store (local.get $p)
      (i64.load (i32.add (local.get $m) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $cols)) (local.get $j)) (i32.const 3)))))
    (i32.add (local.get $p) (i32.const 8)))

  (func (export "spiral") (param $m i32) (param $rows i32) (param $cols i32) (result i32 i32)
    (local $out i32) (local $p i32) (local $top i32) (local $bottom i32) (local $left i32) (local $right i32) (local $i i32)
    (local.set $out (call $alloc (i32.shl (i32.mul (local.get $rows) (local.get $cols)) (i32.const 3))))
    (local.set $p (local.get $out))
    (local.set $bottom (local.get $rows))
    (local.set $right (local.get $cols))
    (block $done
      (loop $ring
        (br_if $done (i32.or (i32.ge_u (local.get $top) (local.get $bottom)) (i32.ge_u (local.get $left) (local.get $right))))
        ;; the top row, left to right
        (local.set $i (local.get $left))
        (block $end
          (loop $next
            (br_if $end (i32.ge_u (local.get $i) (local.get $right)))
            (local.set $p (call $put (local.get $p) (local.get $m) (local.get $cols) (local.get $top) (local.get $i)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))
        (local.set $top (i32.add (local.get $top) (i32.const 1)))
        ;; the right column, downwards
        (local.set $i (local.get $top))
        (block $end
          (loop $next
            (br_if $end (i32.ge_u (local.get $i) (local.get $bottom)))
            (local.set $p (call $put (local.get $p) (local.get $m) (local.get $cols) (local.get $i) (i32.sub (local.get $right) (i32.const 1))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))
        (local.set $right (i32.sub (local.get $right) (i32.const 1)))
        ;; the bottom row, right to left
        (if (i32.lt_u (local.get $top) (local.get $bottom))
          (then
            (local.set $i (local.get $right))
            (block $end
              (loop $next
                (br_if $end (i32.le_u (local.get $i) (local.get $left)))
                (local.set $i (i32.sub (local.get $i) (i32.const 1)))
                (local.set $p (call $put (local.get $p) (local.get $m) (local.get $cols) (i32.sub (local.get $bottom) (i32.const 1)) (local.get $i)))
                (br $next)))
            (local.set $bottom (i32.sub (local.get $bottom) (i32.const 1)))))
        ;; the left column, upwards
        (if (i32.lt_u (local.get $left) (local.get $right))
          (then
            (local.set $i (local.get $bottom))
            (block $end
              (loop $next
                (br_if $end (i32.le_u (local.get $i) (local.get $top)))
                (local.set $i (i32.sub (local.get $i) (i32.const 1)))
                (local.set $p (call $put (local.get $p) (local.get $m) (local.get $cols) (local.get $i) (local.get $left)))
                (br $next)))
            (local.set $left (i32.add (local.get $left) (i32.const 1)))))
        (br $ring)))
    (local.get $out) (i32.shr_u (i32.sub (local.get $p) (local.get $out)) (i32.const 3))))
