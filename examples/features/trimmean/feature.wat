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

  ;; an insertion-sorted copy, then the sum of its middle
  (func (export "trimmean") (param $xs i32) (param $n i32) (param $k64 i64) (result f64)
    (local $k i32) (local $s i32) (local $i i32) (local $j i32) (local $x f64) (local $sum f64)
    (local.set $k (i32.wrap_i64 (local.get $k64)))
    (local.set $s (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (block $sorted
      (loop $each
        (br_if $sorted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (f64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $j (local.get $i))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $j)))
            (br_if $placed (f64.le (f64.load (i32.add (local.get $s) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 3)))) (local.get $x)))
            (f64.store (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3)))
                       (f64.load (i32.add (local.get $s) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 3)))))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $shift)))
        (f64.store (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3))) (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.set $i (local.get $k))
    (block $done
      (loop $add
        (br_if $done (i32.ge_u (local.get $i) (i32.sub (local.get $n) (local.get $k))))
        (local.set $sum (f64.add (local.get $sum) (f64.load (i32.add (local.get $s) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $add)))
    (f64.div (local.get $sum) (f64.convert_i32_u (i32.sub (local.get $n) (i32.shl (local.get $k) (i32.const 1)))))))
