;; window: xs[i..i+k) for i = 0..n-k; empty when k > n; fault argument (4) when k <= 0.
(module
  (func ${fn} (param $xs i32) (param $k i64) (result i32)
    (local $n i32) (local $size i32) (local $c i32) (local $out i32) (local $i i32) (local $w i32)
    (if (i64.le_s (local.get $k) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $n (i32.load (local.get $xs)))
    (if (i64.gt_s (local.get $k) (i64.extend_i32_u (local.get $n))) (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 4)))))
    (local.set $size (i32.wrap_i64 (local.get $k)))
    (local.set $c (i32.add (i32.sub (local.get $n) (local.get $size)) (i32.const 1)))
    (local.set $out (call $rt_arr_alloc (local.get $c) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $c)))
        (local.set $w (call $rt_arr_alloc (local.get $size) (i32.const {T.s})))
        (memory.copy (i32.add (local.get $w) (i32.const 8))
          (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $i) (i32.const {T.sh})))
          (i32.shl (local.get $size) (i32.const {T.sh})))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $w))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
