;; median absolute deviation of [float]: the median of |x - median(xs)|.
(module
  (import "blocks" "median_float" (func $median_float (param i32) (result f64)))
  (func ${fn} (param $xs i32) (result f64)
    (local $n i32) (local $m f64) (local $d i32) (local $i i32) (local $q i32)
    (local.set $m (call $median_float (local.get $xs)))
    (local.set $n (i32.load (local.get $xs)))
    (local.set $d (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (loop $next
      (local.set $q (i32.shl (local.get $i) (i32.const 3)))
      (f64.store offset=8 (i32.add (local.get $d) (local.get $q))
        (f64.abs (f64.sub (f64.load offset=8 (i32.add (local.get $xs) (local.get $q))) (local.get $m))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (call $median_float (local.get $d))))
