;; positions of [float]: count the matches (equal, or both NaN), then write their indexes.
(module
  (func ${fn} (param $xs i32) (param $x f64) (result i32)
    (local $n i32) (local $i i32) (local $c i32) (local $out i32) (local $q i32) (local $y f64) (local $nan i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $nan (f64.ne (local.get $x) (local.get $x)))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $y (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $c (i32.add (local.get $c)
          (i32.or (f64.eq (local.get $y) (local.get $x)) (i32.and (local.get $nan) (f64.ne (local.get $y) (local.get $y))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (local.set $out (call $rt_arr_alloc (local.get $c) (i32.const 8)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $y (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (if (i32.or (f64.eq (local.get $y) (local.get $x)) (i32.and (local.get $nan) (f64.ne (local.get $y) (local.get $y))))
          (then
            (i64.store (local.get $q) (i64.extend_i32_u (local.get $i)))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
