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

  ;; each window is insertion-sorted into the scratch array $w
  (func (export "windowmedians") (param $xs i32) (param $n i32) (param $k64 i64) (result i32 i32)
    (local $k i32) (local $len i32) (local $out i32) (local $w i32) (local $i i32) (local $j i32) (local $m i32) (local $v i64)
    (local.set $k (i32.wrap_i64 (local.get $k64)))
    (if (i32.ge_u (local.get $n) (local.get $k))
      (then (local.set $len (i32.add (i32.sub (local.get $n) (local.get $k)) (i32.const 1)))))
    (local.set $out (call $alloc (i32.shl (local.get $len) (i32.const 3))))
    (local.set $w (call $alloc (i32.shl (local.get $k) (i32.const 3))))
    (block $done
      (loop $window
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $j (i32.const 0))
        (block $sorted
          (loop $each
            (br_if $sorted (i32.ge_u (local.get $j) (local.get $k)))
            (local.set $v (i64.load (i32.add (local.get $xs) (i32.shl (i32.add (local.get $i) (local.get $j)) (i32.const 3)))))
            (local.set $m (local.get $j))
            (block $placed
              (loop $shift
                (br_if $placed (i32.eqz (local.get $m)))
                (br_if $placed (i64.le_s (i64.load (i32.add (local.get $w) (i32.shl (i32.sub (local.get $m) (i32.const 1)) (i32.const 3)))) (local.get $v)))
                (i64.store (i32.add (local.get $w) (i32.shl (local.get $m) (i32.const 3)))
                           (i64.load (i32.add (local.get $w) (i32.shl (i32.sub (local.get $m) (i32.const 1)) (i32.const 3)))))
                (local.set $m (i32.sub (local.get $m) (i32.const 1)))
                (br $shift)))
            (i64.store (i32.add (local.get $w) (i32.shl (local.get $m) (i32.const 3))) (local.get $v))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $each)))
        (f64.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
          (f64.div (f64.add (f64.convert_i64_s (i64.load (i32.add (local.get $w) (i32.shl (i32.shr_u (i32.sub (local.get $k) (i32.const 1)) (i32.const 1)) (i32.const 3)))))
                            (f64.convert_i64_s (i64.load (i32.add (local.get $w) (i32.shl (i32.shr_u (local.get $k) (i32.const 1)) (i32.const 3))))))
                   (f64.const 2)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $window)))
    (local.get $out) (local.get $len)))
