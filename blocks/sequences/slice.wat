;; slice: xs[a:b] with Python's rules (negative from the end, clamped, empty when b <= a).
(module
  (func ${fn} (param $xs i32) (param $a i64) (param $b i64) (result i32)
    (local $n i32) (local $i i32) (local $j i32) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $i (call ${fn}__bound (local.get $n) (local.get $a)))
    (local.set $j (call ${fn}__bound (local.get $n) (local.get $b)))
    (if (i32.lt_u (local.get $j) (local.get $i)) (then (local.set $j (local.get $i))))
    (local.set $out (call $rt_arr_alloc (i32.sub (local.get $j) (local.get $i)) (i32.const {T.s})))
    (memory.copy (i32.add (local.get $out) (i32.const 8))
      (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $i) (i32.const {T.sh})))
      (i32.shl (i32.sub (local.get $j) (local.get $i)) (i32.const {T.sh})))
    (local.get $out))

  ;; a bound into n: negative counts from the end, then clamped to 0..n
  (func ${fn}__bound (param $n i32) (param $i i64) (result i32)
    (if (i64.lt_s (local.get $i) (i64.const 0)) (then (local.set $i (i64.add (local.get $i) (i64.extend_i32_u (local.get $n))))))
    (if (i64.lt_s (local.get $i) (i64.const 0)) (then (return (i32.const 0))))
    (if (i64.gt_s (local.get $i) (i64.extend_i32_u (local.get $n))) (then (return (local.get $n))))
    (i32.wrap_i64 (local.get $i))))
