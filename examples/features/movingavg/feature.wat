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

  (func (export "movingavg") (param $xs i32) (param $n i32) (param $k64 i64) (result i32 i32)
    (local $k i32) (local $len i32) (local $out i32) (local $i i32) (local $j i32) (local $sum f64)
    (local.set $k (i32.wrap_i64 (local.get $k64)))
    (if (i32.ge_u (local.get $n) (local.get $k))
      (then (local.set $len (i32.add (i32.sub (local.get $n) (local.get $k)) (i32.const 1)))))
    (local.set $out (call $alloc (i32.shl (local.get $len) (i32.const 3))))
    (block $done
      (loop $window
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $sum (f64.const 0))
        (local.set $j (i32.const 0))
        (block $summed
          (loop $add
            (br_if $summed (i32.ge_u (local.get $j) (local.get $k)))
            (local.set $sum (f64.add (local.get $sum)
              (f64.load (i32.add (local.get $xs) (i32.shl (i32.add (local.get $i) (local.get $j)) (i32.const 3))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $add)))
        (f64.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
                   (f64.div (local.get $sum) (f64.convert_i32_u (local.get $k))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $window)))
    (local.get $out) (local.get $len)))
