;; runmax of [float]: out[i] = f64.max of xs[0..i] (NaN, once seen, stays; -0 counts below +0).
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $i i32) (local $q i32) (local $acc f64)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    (local.set $acc (f64.load offset=8 (local.get $xs)))
    (loop $next
      (local.set $q (i32.shl (local.get $i) (i32.const 3)))
      (local.set $acc (f64.max (local.get $acc) (f64.load offset=8 (i32.add (local.get $xs) (local.get $q)))))
      (f64.store offset=8 (i32.add (local.get $out) (local.get $q)) (local.get $acc))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $out)))
