;; prefix: running sums, left to right (so float results match a left fold exactly).
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $p i32) (local $q i32) (local $end i32) (local $acc {T.w})
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 3))))
    ;; start from -0 (0 for ints): -0 + x is x for every float, so the first sum is xs[0] exactly
    (local.set $acc ({T.w}.const -0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $acc ({T.w}.add (local.get $acc) ({T.load} (local.get $p))))
        ({T.store} (local.get $q) (local.get $acc))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (local.set $q (i32.add (local.get $q) (i32.const 8)))
        (br $next)))
    (local.get $out)))
