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

  (func $abs (param $v i64) (result i64)
    (select (i64.sub (i64.const 0) (local.get $v)) (local.get $v) (i64.lt_s (local.get $v) (i64.const 0))))

  ;; whether p goes after q: farther from x, or as far and larger
  (func $after (param $p i64) (param $q i64) (param $x i64) (result i32)
    (local $dp i64) (local $dq i64)
    (local.set $dp (call $abs (i64.sub (local.get $p) (local.get $x))))
    (local.set $dq (call $abs (i64.sub (local.get $q) (local.get $x))))
    (i32.or (i64.gt_s (local.get $dp) (local.get $dq))
            (i32.and (i64.eq (local.get $dp) (local.get $dq)) (i64.gt_s (local.get $p) (local.get $q)))))

  ;; an insertion-sorted copy, of which the first k are returned
  (func (export "knearest") (param $xs i32) (param $n i32) (param $x i64) (param $k i64) (result i32 i32)
    (local $out i32) (local $i i32) (local $j i32) (local $v i64)
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (block $sorted
      (loop $each
        (br_if $sorted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $v (i64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $j (local.get $i))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $j)))
            (br_if $placed (i32.eqz (call $after (i64.load (i32.add (local.get $out) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 3))))
                                                 (local.get $v) (local.get $x))))
            (i64.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3)))
                       (i64.load (i32.add (local.get $out) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 3)))))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $shift)))
        (i64.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3))) (local.get $v))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $out)
    (select (i32.wrap_i64 (local.get $k)) (local.get $n) (i64.lt_u (local.get $k) (i64.extend_i32_u (local.get $n))))))
