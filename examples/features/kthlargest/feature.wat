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

  ;; an insertion-sorted copy, walked down from its largest value counting distinct values
  (func (export "kthlargest") (param $xs i32) (param $n i32) (param $k i64) (result i64)
    (local $s i32) (local $i i32) (local $j i32) (local $x i64) (local $p i32) (local $seen i64)
    (local.set $s (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (block $sorted
      (loop $each
        (br_if $sorted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $j (local.get $i))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $j)))
            (br_if $placed (i64.le_s (i64.load (i32.add (local.get $s) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 3)))) (local.get $x)))
            (i64.store (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3)))
                       (i64.load (i32.add (local.get $s) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 3)))))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $shift)))
        (i64.store (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3))) (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.set $p (i32.add (local.get $s) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 3))))
    (local.set $seen (i64.const 1))
    (block $found
      (loop $down
        (br_if $found (i64.ge_u (local.get $seen) (local.get $k)))
        (local.set $p (i32.sub (local.get $p) (i32.const 8)))
        (if (i64.ne (i64.load (local.get $p)) (i64.load offset=8 (local.get $p)))
          (then (local.set $seen (i64.add (local.get $seen) (i64.const 1)))))
        (br $down)))
    (i64.load (local.get $p))))
