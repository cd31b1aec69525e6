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

  (func $at (param $xs i32) (param $i i32) (result f64)
    (f64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))

  ;; a sorted copy (insertion sort)
  (func $sorted (param $xs i32) (param $n i32) (result i32)
    (local $s i32) (local $i i32) (local $j i32) (local $x f64)
    (local.set $s (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (memory.copy (local.get $s) (local.get $xs) (i32.shl (local.get $n) (i32.const 3)))
    (local.set $i (i32.const 1))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (call $at (local.get $s) (local.get $i)))
        (local.set $j (local.get $i))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $j)))
            (br_if $placed (f64.le (call $at (local.get $s) (i32.sub (local.get $j) (i32.const 1))) (local.get $x)))
            (f64.store (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3)))
                       (call $at (local.get $s) (i32.sub (local.get $j) (i32.const 1))))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $shift)))
        (f64.store (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3))) (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $s))

  ;; linear interpolation between the sorted elements around p * (n - 1)
  (func $quantile (param $s i32) (param $n i32) (param $p f64) (result f64)
    (local $i f64) (local $lo i32)
    (local.set $i (f64.mul (local.get $p) (f64.convert_i32_u (i32.sub (local.get $n) (i32.const 1)))))
    (local.set $lo (i32.trunc_f64_u (local.get $i)))
    (if (result f64) (i32.lt_u (i32.add (local.get $lo) (i32.const 1)) (local.get $n))
      (then (f64.add (call $at (local.get $s) (local.get $lo))
        (f64.mul (f64.sub (call $at (local.get $s) (i32.add (local.get $lo) (i32.const 1))) (call $at (local.get $s) (local.get $lo)))
                 (f64.sub (local.get $i) (f64.convert_i32_u (local.get $lo))))))
      (else (call $at (local.get $s) (local.get $lo)))))

  (func (export "outliers") (param $xs i32) (param $n i32) (result i32 i32)
    (local $s i32) (local $q1 f64) (local $q3 f64) (local $k f64) (local $out i32) (local $len i32) (local $i i32) (local $x f64)
    (local.set $s (call $sorted (local.get $xs) (local.get $n)))
    (local.set $q1 (call $quantile (local.get $s) (local.get $n) (f64.const 0.25)))
    (local.set $q3 (call $quantile (local.get $s) (local.get $n) (f64.const 0.75)))
    (local.set $k (f64.mul (f64.const 1.5) (f64.sub (local.get $q3) (local.get $q1))))
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (call $at (local.get $xs) (local.get $i)))
        (if (i32.or (f64.lt (local.get $x) (f64.sub (local.get $q1) (local.get $k)))
                    (f64.gt (local.get $x) (f64.add (local.get $q3) (local.get $k))))
          (then
            (f64.store (i32.add (local.get $out) (i32.shl (local.get $len) (i32.const 3))) (local.get $x))
            (local.set $len (i32.add (local.get $len) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $out) (local.get $len)))
