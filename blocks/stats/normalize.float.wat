;; normalize [float]: (x - min) / (max - min), two elements at a time; all 0.0 when min == max;
;; when max - min overflows for finite bounds, computed on halves (x/2 - min/2) / (max/2 - min/2).
(module
  (import "blocks" "extent_float" (func $extent_float (param i32) (result i32)))
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $e i32) (local $lo f64) (local $hi f64) (local $r f64)
    (local $i i32) (local $q i32) (local $vlo v128) (local $vr v128) (local $half f64)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    (local.set $e (call $extent_float (local.get $xs)))
    (local.set $lo (f64.load (local.get $e)))
    (local.set $hi (f64.load offset=8 (local.get $e)))
    (if (f64.eq (local.get $lo) (local.get $hi))
      (then
        (loop $zero
          (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (i64.const 0))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $zero (i32.lt_u (local.get $i) (local.get $n))))
        (return (local.get $out))))
    (local.set $half (f64.const 1))
    (local.set $r (f64.sub (local.get $hi) (local.get $lo)))
    (if (i32.and (f64.ne (f64.sub (local.get $r) (local.get $r)) (f64.const 0))
          (i32.and (f64.eq (f64.sub (local.get $lo) (local.get $lo)) (f64.const 0)) (f64.eq (f64.sub (local.get $hi) (local.get $hi)) (f64.const 0))))
      (then
        (local.set $half (f64.const 0.5))
        (local.set $lo (f64.mul (local.get $lo) (f64.const 0.5)))
        (local.set $r (f64.sub (f64.mul (local.get $hi) (f64.const 0.5)) (local.get $lo)))))
    (local.set $vlo (f64x2.splat (local.get $lo)))
    (local.set $vr (f64x2.splat (local.get $r)))
    (if (f64.eq (local.get $half) (f64.const 1))
      (then
        (block $done
          (loop $pairs
            (br_if $done (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
            (local.set $q (i32.shl (local.get $i) (i32.const 3)))
            (v128.store offset=8 (i32.add (local.get $out) (local.get $q))
              (f64x2.div (f64x2.sub (v128.load offset=8 (i32.add (local.get $xs) (local.get $q))) (local.get $vlo)) (local.get $vr)))
            (local.set $i (i32.add (local.get $i) (i32.const 2)))
            (br $pairs)))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $q (i32.shl (local.get $i) (i32.const 3)))
        (f64.store offset=8 (i32.add (local.get $out) (local.get $q))
          (f64.div (f64.sub (f64.mul (f64.load offset=8 (i32.add (local.get $xs) (local.get $q))) (local.get $half)) (local.get $lo)) (local.get $r)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
