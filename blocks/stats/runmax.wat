;; runmax of [int]: out[i] = the largest of xs[0..i].
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $i i32) (local $q i32) (local $acc i64) (local $x i64)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    (local.set $acc (i64.load offset=8 (local.get $xs)))
    (loop $next
      (local.set $q (i32.shl (local.get $i) (i32.const 3)))
      (local.set $x (i64.load offset=8 (i32.add (local.get $xs) (local.get $q))))
      (if (i64.gt_s (local.get $x) (local.get $acc)) (then (local.set $acc (local.get $x))))
      (i64.store offset=8 (i32.add (local.get $out) (local.get $q)) (local.get $acc))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $out)))
