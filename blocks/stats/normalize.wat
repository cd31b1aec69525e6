;; normalize [int]: (x - min) / (max - min), both differences exact as unsigned 64-bit values,
;; rounded once to float; all 0.0 when every element is equal; [] for [].
(module
  (import "blocks" "extent_int" (func $extent_int (param i32) (result i32)))
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $e i32) (local $lo i64) (local $r f64) (local $i i32) (local $q i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    (local.set $e (call $extent_int (local.get $xs)))
    (local.set $lo (i64.load (local.get $e)))
    (if (i64.eq (local.get $lo) (i64.load offset=8 (local.get $e)))
      (then
        (loop $zero
          (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (i64.const 0))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $zero (i32.lt_u (local.get $i) (local.get $n))))
        (return (local.get $out))))
    (local.set $r (f64.convert_i64_u (i64.sub (i64.load offset=8 (local.get $e)) (local.get $lo))))
    (loop $next
      (local.set $q (i32.shl (local.get $i) (i32.const 3)))
      (f64.store offset=8 (i32.add (local.get $out) (local.get $q))
        (f64.div (f64.convert_i64_u (i64.sub (i64.load offset=8 (i32.add (local.get $xs) (local.get $q))) (local.get $lo))) (local.get $r)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $out)))
