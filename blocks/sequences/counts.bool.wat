;; counts of [bool]: at most two groups; the value of xs[0] comes first.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $i i32) (local $ones i32) (local $v0 i32) (local $c0 i32) (local $out i32) (local $t i32) (local $g i32)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 4)))))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $ones (i32.add (local.get $ones) (i32.ne (i32.load8_u offset=8 (i32.add (local.get $xs) (local.get $i))) (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (local.set $v0 (i32.ne (i32.load8_u offset=8 (local.get $xs)) (i32.const 0)))
    (local.set $c0 (select (local.get $ones) (i32.sub (local.get $n) (local.get $ones)) (local.get $v0)))
    (local.set $g (select (i32.const 1) (i32.const 2) (i32.eq (local.get $c0) (local.get $n))))
    (local.set $out (call $rt_arr_alloc (local.get $g) (i32.const 4)))
    (local.set $t (call $rt_alloc (i32.shl (local.get $g) (i32.const 4))))
    (i64.store (local.get $t) (i64.extend_i32_u (local.get $v0)))
    (i64.store offset=8 (local.get $t) (i64.extend_i32_u (local.get $c0)))
    (i32.store offset=8 (local.get $out) (local.get $t))
    (if (i32.eq (local.get $g) (i32.const 2))
      (then
        (i64.store offset=16 (local.get $t) (i64.extend_i32_u (i32.xor (local.get $v0) (i32.const 1))))
        (i64.store offset=24 (local.get $t) (i64.extend_i32_u (i32.sub (local.get $n) (local.get $c0))))
        (i32.store offset=12 (local.get $out) (i32.add (local.get $t) (i32.const 16)))))
    (local.get $out)))
