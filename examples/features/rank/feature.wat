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

  (func (export "rank") (param $scores i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $i i32) (local $j i32) (local $s i64) (local $r i64)
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i64.load (i32.add (local.get $scores) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $r (i64.const 1))
        (local.set $j (i32.const 0))
        (block $counted
          (loop $other
            (br_if $counted (i32.ge_u (local.get $j) (local.get $n)))
            (if (i64.gt_s (i64.load (i32.add (local.get $scores) (i32.shl (local.get $j) (i32.const 3)))) (local.get $s))
              (then (local.set $r (i64.add (local.get $r) (i64.const 1)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $other)))
        (i64.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (local.get $r))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $out) (local.get $n)))
