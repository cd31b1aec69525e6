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

  (func (export "graycode") (param $bits i64) (result i32 i32)
    (local $n i32) (local $codes i32) (local $i i32)
    (local.set $n (i32.shl (i32.const 1) (i32.wrap_i64 (local.get $bits))))
    (local.set $codes (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (loop $next
      (i64.store (i32.add (local.get $codes) (i32.shl (local.get $i) (i32.const 3)))
        (i64.extend_i32_u (i32.xor (local.get $i) (i32.shr_u (local.get $i) (i32.const 1)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $codes) (local.get $n)))
