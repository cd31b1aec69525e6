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

  ;; m[i][j] goes to out[j][rows - 1 - i]
  (func (export "rotate") (param $m i32) (param $rows i32) (param $cols i32) (result i32 i32 i32)
    (local $out i32) (local $i i32) (local $j i32)
    (local.set $out (call $alloc (i32.shl (i32.mul (local.get $rows) (local.get $cols)) (i32.const 3))))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $j (i32.const 0))
        (block $next
          (loop $col
            (br_if $next (i32.ge_u (local.get $j) (local.get $cols)))
            (i64.store
              (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $rows))
                                                          (i32.sub (i32.sub (local.get $rows) (i32.const 1)) (local.get $i))) (i32.const 3)))
              (i64.load (i32.add (local.get $m) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $cols)) (local.get $j)) (i32.const 3)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $col)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row)))
    (local.get $out) (local.get $cols) (local.get $rows)))
