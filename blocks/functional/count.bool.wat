;; count (xs: [bool], x): how many elements equal x; bools are one byte each, sixteen at a time with SIMD.
(module
  (func ${fn} (param $xs i32) (param $x i32) (result i64)
    (local $p i32) (local $end i32) (local $end16 i32) (local $vx v128) (local $acc v128) (local $c i32) (local $k i32)
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $xs))))
    (local.set $end16 (i32.add (local.get $p) (i32.and (i32.load (local.get $xs)) (i32.const -16))))
    (local.set $vx (i8x16.splat (local.get $x)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end16)))
        ;; equal lanes are -1: subtracting counts them, at most 255 per lane before the sum below
        (local.set $acc (i8x16.sub (local.get $acc) (i8x16.eq (v128.load (local.get $p)) (local.get $vx))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (if (i32.eq (local.get $k) (i32.const 255))
          (then
            (local.set $c (i32.add (local.get $c) (call ${fn}__bytes (local.get $acc))))
            (local.set $acc (v128.const i64x2 0 0))
            (local.set $k (i32.const 0))))
        (br $next)))
    (local.set $c (i32.add (local.get $c) (call ${fn}__bytes (local.get $acc))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.add (local.get $c) (i32.eq (i32.load8_u (local.get $p)) (local.get $x))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (i64.extend_i32_u (local.get $c)))

  ;; the sum of the sixteen unsigned bytes of v
  (func ${fn}__bytes (param $v v128) (result i32)
    (local.set $v (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $v))))
    (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $v)) (i32x4.extract_lane 1 (local.get $v)))
      (i32.add (i32x4.extract_lane 2 (local.get $v)) (i32x4.extract_lane 3 (local.get $v))))))
