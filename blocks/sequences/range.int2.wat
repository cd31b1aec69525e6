;; range(a, b): a, a+1, ..., b-1 (empty when b <= a); faults memory past 2^28.
(module
  (func ${fn} (param $a i64) (param $b i64) (result i32)
    (local $m i32) (local $out i32) (local $p i32) (local $end i32) (local $x i64)
    (if (i64.le_s (local.get $b) (local.get $a)) (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 8)))))
    ;; b - a as unsigned is the exact count even when the signed difference overflows
    (if (i64.gt_u (i64.sub (local.get $b) (local.get $a)) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $m (i32.wrap_i64 (i64.sub (local.get $b) (local.get $a))))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const 8)))
    (local.set $p (i32.add (local.get $out) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $m) (i32.const 3))))
    (local.set $x (local.get $a))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (i64.store (local.get $p) (local.get $x))
        (local.set $x (i64.add (local.get $x) (i64.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $out)))
