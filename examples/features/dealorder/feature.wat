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

  (func (export "dealorder") (param $n64 i64) (param $x i64) (result i32 i32)
    (local $n i32) (local $xs i32) (local $i i32) (local $a i32) (local $b i32) (local $t i64)
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $xs (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (block $filled
      (loop $fill
        (br_if $filled (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3))) (i64.extend_i32_u (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $fill)))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (block $done
      (loop $deal
        (br_if $done (i32.le_s (local.get $i) (i32.const 0)))
        (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 12))))
        (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 25))))
        (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 27))))
        (local.set $a (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $b (i32.add (local.get $xs) (i32.shl
          (i32.wrap_i64 (i64.rem_u (i64.shr_u (i64.mul (local.get $x) (i64.const 0x2545F4914F6CDD1D)) (i64.const 1))
                                   (i64.extend_i32_u (i32.add (local.get $i) (i32.const 1)))))
          (i32.const 3))))
        (local.set $t (i64.load (local.get $a)))
        (i64.store (local.get $a) (i64.load (local.get $b)))
        (i64.store (local.get $b) (local.get $t))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $deal)))
    (local.get $xs) (local.get $n)))
