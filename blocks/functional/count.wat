;; count (xs: [int|float], x): how many elements == x, two lanes at a time with SIMD
;; (f64x2.eq is IEEE ==: NaN matches nothing, 0.0 matches -0.0).
(module
  (func ${fn} (param $xs i32) (param $x {E.w}) (result i64)
    (local $p i32) (local $end i32) (local $end2 i32) (local $vx v128) (local $acc v128) (local $c i64)
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const 3))))
    (local.set $end2 (i32.add (local.get $p) (i32.shl (i32.and (i32.load (local.get $xs)) (i32.const -2)) (i32.const 3))))
    (local.set $vx ({E.w}x2.splat (local.get $x)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end2)))
        ;; a matching lane is all ones (-1): subtracting counts it
        (local.set $acc (i64x2.sub (local.get $acc) ({E.w}x2.eq (v128.load align=8 (local.get $p)) (local.get $vx))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (local.set $c (i64.add (i64x2.extract_lane 0 (local.get $acc)) (i64x2.extract_lane 1 (local.get $acc))))
    (if (i32.lt_u (local.get $p) (local.get $end))
      (then (if ({E.eq} ({E.load} (local.get $p)) (local.get $x))
        (then (local.set $c (i64.add (local.get $c) (i64.const 1)))))))
    (local.get $c)))
