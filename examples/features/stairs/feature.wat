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

  (func (export "stairs") (param $n i64) (param $steps i32) (param $k i32) (result i64)
    (local $ways i32) (local $i i32) (local $j i32) (local $s i32) (local $w i32)
    (local.set $ways (call $alloc (i32.shl (i32.add (i32.wrap_i64 (local.get $n)) (i32.const 1)) (i32.const 3))))
    (memory.fill (local.get $ways) (i32.const 0) (i32.shl (i32.add (i32.wrap_i64 (local.get $n)) (i32.const 1)) (i32.const 3)))
    (i64.store (local.get $ways) (i64.const 1))
    (local.set $i (i32.const 1))
    (block $done
      (loop $stair
        (br_if $done (i32.gt_s (local.get $i) (i32.wrap_i64 (local.get $n))))
        (local.set $w (i32.add (local.get $ways) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $j (i32.const 0))
        (block $summed
          (loop $step
            (br_if $summed (i32.ge_u (local.get $j) (local.get $k)))
            (local.set $s (i32.wrap_i64 (i64.load (i32.add (local.get $steps) (i32.shl (local.get $j) (i32.const 3))))))
            (if (i32.le_s (local.get $s) (local.get $i))
              (then (i64.store (local.get $w) (i64.add (i64.load (local.get $w))
                (i64.load (i32.sub (local.get $w) (i32.shl (local.get $s) (i32.const 3))))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $step)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $stair)))
    (i64.load (i32.add (local.get $ways) (i32.shl (i32.wrap_i64 (local.get $n)) (i32.const 3))))))
