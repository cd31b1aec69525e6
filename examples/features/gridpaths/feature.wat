(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  ;; ways[j], the paths reaching column j of the current row, lives at heap + 8j
  (func (export "gridpaths") (param $m i32) (param $rows i32) (param $cols i32) (result i64)
    (local $ways i32) (local $i i32) (local $j i32) (local $cell i32)
    (local.set $ways (global.get $heap))
    (if (i32.gt_u (i32.add (local.get $ways) (i32.shl (local.get $cols) (i32.const 3))) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.add (i32.shr_u (i32.shl (local.get $cols) (i32.const 3)) (i32.const 16)) (i32.const 1))))))
    (memory.fill (local.get $ways) (i32.const 0) (i32.shl (local.get $cols) (i32.const 3)))
    (i64.store (local.get $ways) (i64.const 1))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $j (i32.const 0))
        (block $next
          (loop $col
            (br_if $next (i32.ge_u (local.get $j) (local.get $cols)))
            (local.set $cell (i32.add (local.get $ways) (i32.shl (local.get $j) (i32.const 3))))
            (if (i64.ne (i64.load (local.get $m)) (i64.const 0))
              (then (i64.store (local.get $cell) (i64.const 0)))
              (else
                (if (local.get $j)
                  (then (i64.store (local.get $cell) (i64.add (i64.load (local.get $cell))
                                                              (i64.load (i32.sub (local.get $cell) (i32.const 8)))))))))
            (local.set $m (i32.add (local.get $m) (i32.const 8)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $col)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row)))
    (i64.load (i32.add (local.get $ways) (i32.shl (i32.sub (local.get $cols) (i32.const 1)) (i32.const 3))))))
