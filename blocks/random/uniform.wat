;; uniform: xorshift64* outputs (as in xorshift), top 53 bits scaled by 2^-53 into [0, 1).
(module
  (func ${fn} (param $seed i64) (param $n i64) (result i32)
    (local $x i64) (local $out i32) (local $p i32) (local $end i32)
    (if (i64.lt_s (local.get $n) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (i32.wrap_i64 (local.get $n)) (i32.const 8)))
    (local.set $x (select (i64.const 0x9E3779B97F4A7C15) (local.get $seed) (i64.eqz (local.get $seed))))
    (local.set $p (local.get $out))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.wrap_i64 (local.get $n)) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 12))))
        (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 25))))
        (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 27))))
        (f64.store offset=8 (local.get $p)
          (f64.mul
            (f64.convert_i64_u (i64.shr_u (i64.mul (local.get $x) (i64.const 0x2545F4914F6CDD1D)) (i64.const 11)))
            (f64.const 0x1p-53)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $out)))
