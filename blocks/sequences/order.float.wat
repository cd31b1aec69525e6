;; order (argsort) of [float]: the floats become int keys in the same order (both zeros key 0,
;; every NaN the largest key), and order_int sorts those; a stable index sort cannot tell tied
;; keys from tied floats, so the result is exact.
(module
  (import "blocks" "order_int" (func $order_int (param i32) (result i32)))

  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $mark i32) (local $keys i32) (local $i i32) (local $x f64) (local $k i64) (local $r i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (local.set $mark (call $rt_mark))
    (local.set $keys (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (block $keyed
      (loop $key
        (br_if $keyed (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $k (i64.reinterpret_f64 (local.get $x)))
        (local.set $k (i64.xor (local.get $k) (i64.shr_u (i64.shr_s (local.get $k) (i64.const 63)) (i64.const 1))))
        (local.set $k (select (i64.const 0) (local.get $k) (f64.eq (local.get $x) (f64.const 0))))
        (local.set $k (select (local.get $k) (i64.const 0x7FFFFFFFFFFFFFFF) (f64.eq (local.get $x) (local.get $x))))
        (i64.store offset=8 (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const 3))) (local.get $k))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $key)))
    (local.set $r (call $order_int (local.get $keys)))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (local.get $r) (i32.const 8)) (i32.shl (local.get $n) (i32.const 3)))
    (call $rt_reset (local.get $mark))
    (local.get $out)))
