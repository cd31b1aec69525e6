;; extent of [int]: (min, max) in one pass, two elements at a time with i64x2 compares.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $p i32) (local $end i32) (local $v v128) (local $lo v128) (local $hi v128)
    (local $a i64) (local $b i64) (local $x i64) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $lo (i64x2.splat (i64.load (local.get $p))))
    (local.set $hi (local.get $lo))
    ;; pairs
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3))))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $lo (v128.bitselect (local.get $v) (local.get $lo) (i64x2.lt_s (local.get $v) (local.get $lo))))
        (local.set $hi (v128.bitselect (local.get $v) (local.get $hi) (i64x2.gt_s (local.get $v) (local.get $hi))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $pairs)))
    (local.set $a (i64x2.extract_lane 0 (local.get $lo)))
    (local.set $x (i64x2.extract_lane 1 (local.get $lo)))
    (if (i64.lt_s (local.get $x) (local.get $a)) (then (local.set $a (local.get $x))))
    (local.set $b (i64x2.extract_lane 0 (local.get $hi)))
    (local.set $x (i64x2.extract_lane 1 (local.get $hi)))
    (if (i64.gt_s (local.get $x) (local.get $b)) (then (local.set $b (local.get $x))))
    ;; odd element
    (if (i32.and (local.get $n) (i32.const 1))
      (then
        (local.set $x (i64.load (local.get $p)))
        (if (i64.lt_s (local.get $x) (local.get $a)) (then (local.set $a (local.get $x))))
        (if (i64.gt_s (local.get $x) (local.get $b)) (then (local.set $b (local.get $x))))))
    (local.set $out (call $rt_alloc (i32.const 16)))
    (i64.store (local.get $out) (local.get $a))
    (i64.store offset=8 (local.get $out) (local.get $b))
    (local.get $out)))
