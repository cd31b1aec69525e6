(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  ;; best[j], the cheapest way to reach column j of the current row, lives at heap + 8j
  (func (export "minpath") (param $m i32) (param $rows i32) (param $cols i32) (result i64)
    (local $best i32) (local $i i32) (local $j i32) (local $cell i32) (local $from i64) (local $left i64)
    (local.set $best (global.get $heap))
    (if (i32.gt_u (i32.add (local.get $best) (i32.shl (local.get $cols) (i32.const 3))) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.add (i32.shr_u (i32.shl (local.get $cols) (i32.const 3)) (i32.const 16)) (i32.const 1))))))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $j (i32.const 0))
        (block $next
          (loop $col
            (br_if $next (i32.ge_u (local.get $j) (local.get $cols)))
            (local.set $cell (i32.add (local.get $best) (i32.shl (local.get $j) (i32.const 3))))
            (local.set $left (if (result i64) (local.get $j) (then (i64.load (i32.sub (local.get $cell) (i32.const 8)))) (else (i64.const 0))))
            (local.set $from (local.get $left))
            (if (local.get $i)
              (then
                (local.set $from (i64.load (local.get $cell)))
                (if (i32.and (i32.ne (local.get $j) (i32.const 0)) (i64.lt_s (local.get $left) (local.get $from)))
                  (then (local.set $from (local.get $left))))))
            (i64.store (local.get $cell) (i64.add (local.get $from) (i64.load (local.get $m))))
            (local.set $m (i32.add (local.get $m) (i32.const 8)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $col)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row)))
    (i64.load (i32.add (local.get $best) (i32.shl (i32.sub (local.get $cols) (i32.const 1)) (i32.const 3))))))
