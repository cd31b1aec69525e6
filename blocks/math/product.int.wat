;; product over [int]: wrapping multiplication is associative and commutative, so two SIMD
;; lanes multiply alternate elements and are combined at the end.
(module
  (func ${fn} (param $xs i32) (result i64)
    (local $p i32) (local $end i32) (local $pairs i32) (local $acc v128) (local $r i64)
    (local.set $acc (v128.const i64x2 1 1))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const 3))))
    (local.set $pairs (i32.add (local.get $p) (i32.shl (i32.shr_u (i32.load (local.get $xs)) (i32.const 1)) (i32.const 4))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $pairs)))
        (local.set $acc (i64x2.mul (local.get $acc) (v128.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (local.set $r (i64.mul (i64x2.extract_lane 0 (local.get $acc)) (i64x2.extract_lane 1 (local.get $acc))))
    (if (i32.lt_u (local.get $p) (local.get $end))
      (then (local.set $r (i64.mul (local.get $r) (i64.load (local.get $p))))))
    (local.get $r)))
