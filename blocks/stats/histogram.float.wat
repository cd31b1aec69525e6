;; histogram of [float]: counts over `bins` equal-width bins from min to max; bin of x is
;; floor((x - min) / (max - min) * bins) (on halves when max - min overflows), max in the last
;; bin; all in the first bin when min == max; NaN or infinite elements fault (argument).
(module
  (import "blocks" "extent_float" (func $extent_float (param i32) (result i32)))
  (func ${fn} (param $xs i32) (param $bins i64) (result i32)
    (local $nb i32) (local $out i32) (local $n i32) (local $e i32) (local $lo f64) (local $hi f64) (local $r f64)
    (local $h f64) (local $fb f64) (local $i i32) (local $b i32) (local $q i32)
    (if (i64.lt_s (local.get $bins) (i64.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $bins) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $nb (i32.wrap_i64 (local.get $bins)))
    (local.set $out (call $rt_arr_alloc (local.get $nb) (i32.const 8)))
    (loop $zero
      (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (i64.const 0))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $zero (i32.lt_u (local.get $i) (local.get $nb))))
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    (local.set $e (call $extent_float (local.get $xs)))
    (local.set $lo (f64.load (local.get $e)))
    (local.set $hi (f64.load offset=8 (local.get $e)))
    ;; min and max finite (NaN would have made both NaN)
    (if (i32.eqz (i32.and (f64.eq (f64.sub (local.get $lo) (local.get $lo)) (f64.const 0)) (f64.eq (f64.sub (local.get $hi) (local.get $hi)) (f64.const 0))))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (f64.eq (local.get $lo) (local.get $hi))
      (then
        (i64.store offset=8 (local.get $out) (i64.extend_i32_u (local.get $n)))
        (return (local.get $out))))
    (local.set $h (f64.const 1))
    (local.set $r (f64.sub (local.get $hi) (local.get $lo)))
    (if (f64.ne (f64.sub (local.get $r) (local.get $r)) (f64.const 0))
      (then
        (local.set $h (f64.const 0.5))
        (local.set $lo (f64.mul (local.get $lo) (f64.const 0.5)))
        (local.set $r (f64.sub (f64.mul (local.get $hi) (f64.const 0.5)) (local.get $lo)))))
    (local.set $fb (f64.convert_i32_u (local.get $nb)))
    (local.set $i (i32.const 0))
    (loop $next
      (local.set $b (i32.trunc_f64_u (f64.mul (f64.div
        (f64.sub (f64.mul (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))) (local.get $h)) (local.get $lo))
        (local.get $r)) (local.get $fb))))
      (if (i32.ge_u (local.get $b) (local.get $nb)) (then (local.set $b (i32.sub (local.get $nb) (i32.const 1)))))
      (local.set $q (i32.add (local.get $out) (i32.shl (local.get $b) (i32.const 3))))
      (i64.store offset=8 (local.get $q) (i64.add (i64.load offset=8 (local.get $q)) (i64.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $out)))
