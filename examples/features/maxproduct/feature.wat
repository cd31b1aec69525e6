(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $max (param $a i64) (param $b i64) (result i64)
    (select (local.get $a) (local.get $b) (i64.gt_s (local.get $a) (local.get $b))))

  (func $min (param $a i64) (param $b i64) (result i64)
    (select (local.get $a) (local.get $b) (i64.lt_s (local.get $a) (local.get $b))))

  ;; hi and lo are the largest and smallest products of runs ending at the current value
  (func (export "maxproduct") (param $xs i32) (param $n i32) (result i64)
    (local $end i32) (local $x i64) (local $a i64) (local $b i64) (local $hi i64) (local $lo i64) (local $best i64)
    (local.set $end (i32.add (local.get $xs) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $hi (i64.load (local.get $xs)))
    (local.set $lo (local.get $hi))
    (local.set $best (local.get $hi))
    (block $done
      (loop $next
        (local.set $xs (i32.add (local.get $xs) (i32.const 8)))
        (br_if $done (i32.ge_u (local.get $xs) (local.get $end)))
        (local.set $x (i64.load (local.get $xs)))
        (local.set $a (i64.mul (local.get $hi) (local.get $x)))
        (local.set $b (i64.mul (local.get $lo) (local.get $x)))
        (local.set $hi (call $max (local.get $x) (call $max (local.get $a) (local.get $b))))
        (local.set $lo (call $min (local.get $x) (call $min (local.get $a) (local.get $b))))
        (local.set $best (call $max (local.get $best) (local.get $hi)))
        (br $next)))
    (local.get $best)))
