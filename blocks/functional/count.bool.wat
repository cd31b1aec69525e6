;; count (xs: [bool], x): how many elements equal x, four at a time with SIMD.
(module
  (func ${fn} (param $xs i32) (param $x i32) (result i64)
    (local $p i32) (local $end i32) (local $end4 i32) (local $vx v128) (local $acc v128) (local $c i32)
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const 2))))
    (local.set $end4 (i32.add (local.get $p) (i32.shl (i32.and (i32.load (local.get $xs)) (i32.const -4)) (i32.const 2))))
    (local.set $vx (i32x4.splat (local.get $x)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end4)))
        (local.set $acc (i32x4.sub (local.get $acc) (i32x4.eq (v128.load align=8 (local.get $p)) (local.get $vx))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (local.set $c (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
      (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc)))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.add (local.get $c) (i32.eq (i32.load (local.get $p)) (local.get $x))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next)))
    (i64.extend_i32_u (local.get $c))))
