;; digits: count the digits of |n| (unsigned, so INT64_MIN works), then fill the array from the end.
(module
  (func ${fn} (param $n i64) (result i32)
    (local $t i64) (local $len i32) (local $out i32) (local $p i32)
    (local.set $t (i64.shr_s (local.get $n) (i64.const 63)))
    (local.set $n (i64.sub (i64.xor (local.get $n) (local.get $t)) (local.get $t)))
    (local.set $t (local.get $n))
    (local.set $len (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i64.lt_u (local.get $t) (i64.const 10)))
        (local.set $t (i64.div_u (local.get $t) (i64.const 10)))
        (local.set $len (i32.add (local.get $len) (i32.const 1)))
        (br $next)))
    (local.set $out (call $rt_arr_alloc (local.get $len) (i32.const 8)))
    (local.set $p (i32.add (local.get $out) (i32.shl (local.get $len) (i32.const 3))))
    (loop $next
      (local.set $t (i64.div_u (local.get $n) (i64.const 10)))
      (i64.store (local.get $p) (i64.sub (local.get $n) (i64.mul (local.get $t) (i64.const 10))))
      (local.set $n (local.get $t))
      (local.set $p (i32.sub (local.get $p) (i32.const 8)))
      (br_if $next (i32.gt_u (local.get $p) (local.get $out))))
    (local.get $out)))
