;; nextpow2: 1 << (64 - clz(n - 1)) for n >= 2; 1 for n <= 1; overflow beyond 2^62.
(module
  (func ${fn} (param $n i64) (result i64)
    (if (i64.le_s (local.get $n) (i64.const 1)) (then (return (i64.const 1))))
    (if (i64.gt_s (local.get $n) (i64.const 0x4000000000000000)) (then (call $rt_fault (i32.const 6)) (unreachable)))
    (i64.shl (i64.const 1) (i64.sub (i64.const 64) (i64.clz (i64.sub (local.get $n) (i64.const 1)))))))
