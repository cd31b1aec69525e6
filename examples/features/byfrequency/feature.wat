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

  (func $count (param $xs i32) (param $n i32) (param $x i64) (result i32)
    (local $c i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $c (i32.add (local.get $c) (i64.eq (i64.load (local.get $xs)) (local.get $x))))
        (local.set $xs (i32.add (local.get $xs) (i32.const 8)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $c))

  ;; an insertion sort of (count i32, value i64) records at $tmp, 16 bytes each; then the values are copied out
  (func (export "byfrequency") (param $xs i32) (param $n i32) (result i32 i32)
    (local $tmp i32) (local $out i32) (local $i i32) (local $j i32) (local $x i64) (local $c i32) (local $prev i32)
    (local.set $tmp (call $alloc (i32.shl (local.get $n) (i32.const 4))))
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (block $sorted
      (loop $each
        (br_if $sorted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $c (call $count (local.get $xs) (local.get $n) (local.get $x)))
        (local.set $j (local.get $i))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $j)))
            (local.set $prev (i32.add (local.get $tmp) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 4))))
            (br_if $placed (i32.gt_u (i32.load (local.get $prev)) (local.get $c)))
            (br_if $placed (i32.and (i32.eq (i32.load (local.get $prev)) (local.get $c))
                                    (i64.le_s (i64.load offset=8 (local.get $prev)) (local.get $x))))
            (memory.copy (i32.add (local.get $prev) (i32.const 16)) (local.get $prev) (i32.const 16))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $shift)))
        (i32.store (i32.add (local.get $tmp) (i32.shl (local.get $j) (i32.const 4))) (local.get $c))
        (i64.store offset=8 (i32.add (local.get $tmp) (i32.shl (local.get $j) (i32.const 4))) (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.set $i (i32.const 0))
    (block $copied
      (loop $copy
        (br_if $copied (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
                   (i64.load offset=8 (i32.add (local.get $tmp) (i32.shl (local.get $i) (i32.const 4)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    (local.get $out) (local.get $n)))
