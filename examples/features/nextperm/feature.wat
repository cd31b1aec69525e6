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

  (func $swap (param $a i32) (param $b i32)
    (local $t i64)
    (local.set $t (i64.load (local.get $a)))
    (i64.store (local.get $a) (i64.load (local.get $b)))
    (i64.store (local.get $b) (local.get $t)))

  ;; on a copy: $i addresses the start of the longest non-increasing tail, the element before it is the pivot
  (func (export "nextperm") (param $xs i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $end i32) (local $i i32) (local $j i32)
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (memory.copy (local.get $out) (local.get $xs) (i32.shl (local.get $n) (i32.const 3)))
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $i (select (i32.sub (local.get $end) (i32.const 8)) (local.get $out) (local.get $n)))
    (block $found
      (loop $back
        (br_if $found (i32.le_u (local.get $i) (local.get $out)))
        (br_if $found (i64.lt_s (i64.load (i32.sub (local.get $i) (i32.const 8))) (i64.load (local.get $i))))
        (local.set $i (i32.sub (local.get $i) (i32.const 8)))
        (br $back)))
    (if (i32.gt_u (local.get $i) (local.get $out))
      (then
        ;; the last element greater than the pivot
        (local.set $j (i32.sub (local.get $end) (i32.const 8)))
        (loop $find
          (if (i64.le_s (i64.load (local.get $j)) (i64.load (i32.sub (local.get $i) (i32.const 8))))
            (then
              (local.set $j (i32.sub (local.get $j) (i32.const 8)))
              (br $find))))
        (call $swap (i32.sub (local.get $i) (i32.const 8)) (local.get $j))))
    ;; reverse the tail
    (local.set $j (local.get $end))
    (block $reversed
      (loop $reverse
        (br_if $reversed (i32.ge_u (i32.add (local.get $i) (i32.const 8)) (local.get $j)))
        (local.set $j (i32.sub (local.get $j) (i32.const 8)))
        (call $swap (local.get $i) (local.get $j))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $reverse)))
    (local.get $out) (local.get $n)))
