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

  ;; whether word x sorts before word y, each a (ptr, len) record read as one i64: shorter first, then bytewise
  (func $before (param $x i64) (param $y i64) (result i32)
    (local $n i32) (local $m i32) (local $i i32) (local $a i32) (local $b i32)
    (local.set $n (i32.wrap_i64 (i64.shr_u (local.get $x) (i64.const 32))))
    (local.set $m (i32.wrap_i64 (i64.shr_u (local.get $y) (i64.const 32))))
    (if (i32.ne (local.get $n) (local.get $m)) (then (return (i32.lt_u (local.get $n) (local.get $m)))))
    (block $equal
      (loop $next
        (br_if $equal (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $a (i32.load8_u (i32.add (i32.wrap_i64 (local.get $x)) (local.get $i))))
        (local.set $b (i32.load8_u (i32.add (i32.wrap_i64 (local.get $y)) (local.get $i))))
        (if (i32.ne (local.get $a) (local.get $b)) (then (return (i32.lt_u (local.get $a) (local.get $b)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  ;; words: n records of (ptr, len); the result is a sorted copy (insertion sort, stable)
  (func (export "bylength") (param $words i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $i i32) (local $p i32) (local $w i64)
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (memory.copy (local.get $out) (local.get $words) (i32.shl (local.get $n) (i32.const 3)))
    (local.set $i (i32.const 1))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $w (i64.load (local.get $p)))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eq (local.get $p) (local.get $out)))
            (br_if $placed (i32.eqz (call $before (local.get $w) (i64.load (i32.sub (local.get $p) (i32.const 8))))))
            (i64.store (local.get $p) (i64.load (i32.sub (local.get $p) (i32.const 8))))
            (local.set $p (i32.sub (local.get $p) (i32.const 8)))
            (br $shift)))
        (i64.store (local.get $p) (local.get $w))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $out) (local.get $n)))
