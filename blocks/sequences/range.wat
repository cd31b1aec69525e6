;; range(n): 0, 1, ..., n-1 (empty when n <= 0), two lanes at a time; faults memory past 2^28.
(module
  (func ${fn} (param $n i64) (result i32)
    (local $m i32) (local $out i32) (local $p i32) (local $end i32) (local $v v128) (local $two v128)
    (if (i64.le_s (local.get $n) (i64.const 0)) (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 8)))))
    (if (i64.gt_s (local.get $n) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $m (i32.wrap_i64 (local.get $n)))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const 8)))
    (local.set $p (i32.add (local.get $out) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $m) (i32.const -2)) (i32.const 3))))
    (local.set $v (v128.const i64x2 0 1))
    (local.set $two (v128.const i64x2 2 2))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (v128.store (local.get $p) (local.get $v))
        (local.set $v (i64x2.add (local.get $v) (local.get $two)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (if (i32.and (local.get $m) (i32.const 1))
      (then (i64.store (local.get $p) (i64.extend_i32_u (i32.sub (local.get $m) (i32.const 1))))))
    (local.get $out)))
