;; gaps: out[i] = xs[i+1] - xs[i], two lanes per step with SIMD (the same IEEE subtraction as
;; scalar code for floats), then the odd last one.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $m i32) (local $out i32) (local $p i32) (local $q i32) (local $end i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $m (select (i32.sub (local.get $n) (i32.const 1)) (i32.const 0) (local.get $n)))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const 8)))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $m) (i32.const -2)) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (v128.store (local.get $q) ({T.w}x2.sub (v128.load offset=8 (local.get $p)) (v128.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (local.set $q (i32.add (local.get $q) (i32.const 16)))
        (br $next)))
    (if (i32.and (local.get $m) (i32.const 1))
      (then ({T.store} (local.get $q) ({T.w}.sub ({T.load} offset=8 (local.get $p)) ({T.load} (local.get $p))))))
    (local.get $out)))
