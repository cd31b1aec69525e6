;; extent of [float]: (min, max) with f64x2.min/max, two elements at a time; like f64.min/max,
;; NaN wins and -0 counts below +0.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $p i32) (local $end i32) (local $v v128) (local $lo v128) (local $hi v128)
    (local $a f64) (local $b f64) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $lo (f64x2.splat (f64.load (local.get $p))))
    (local.set $hi (local.get $lo))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3))))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $lo (f64x2.min (local.get $lo) (local.get $v)))
        (local.set $hi (f64x2.max (local.get $hi) (local.get $v)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $pairs)))
    (local.set $a (f64.min (f64x2.extract_lane 0 (local.get $lo)) (f64x2.extract_lane 1 (local.get $lo))))
    (local.set $b (f64.max (f64x2.extract_lane 0 (local.get $hi)) (f64x2.extract_lane 1 (local.get $hi))))
    (if (i32.and (local.get $n) (i32.const 1))
      (then
        (local.set $a (f64.min (local.get $a) (f64.load (local.get $p))))
        (local.set $b (f64.max (local.get $b) (f64.load (local.get $p))))))
    (local.set $out (call $rt_alloc (i32.const 16)))
    (f64.store (local.get $out) (local.get $a))
    (f64.store offset=8 (local.get $out) (local.get $b))
    (local.get $out)))
