;; index of [int]: SIMD compares four elements per step (two i64x2.eq); a step with a hit hands
;; over to the scalar loop, which finds the exact index. -1 when x is absent.
(module
  (func ${fn} (param $xs i32) (param $x i64) (result i64)
    (local $n i32) (local $i i32) (local $p i32) (local $v v128) (local $vend i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $v (i64x2.splat (local.get $x)))
    (local.set $vend (i32.and (local.get $n) (i32.const -4)))
    (block $hit
      (loop $scan
        (br_if $hit (i32.ge_u (local.get $i) (local.get $vend)))
        (local.set $p (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3))))
        (br_if $hit (v128.any_true (v128.or
          (i64x2.eq (v128.load offset=8 (local.get $p)) (local.get $v))
          (i64x2.eq (v128.load offset=24 (local.get $p)) (local.get $v)))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $scan)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i64.eq (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))) (local.get $x))
          (then (return (i64.extend_i32_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.const -1)))
