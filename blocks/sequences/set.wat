;; set: a copy of xs with out[i] = x, i in -n..n-1 (negative from the end), else fault index (1).
(module
  (func ${fn} (param $xs i32) (param $i i64) (param $x {T.w}) (result i32)
    (local $n i32) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (if (i64.lt_s (local.get $i) (i64.const 0)) (then (local.set $i (i64.add (local.get $i) (i64.extend_i32_u (local.get $n))))))
    (if (i32.or (i64.lt_s (local.get $i) (i64.const 0)) (i64.ge_s (local.get $i) (i64.extend_i32_u (local.get $n))))
      (then (call $rt_fault (i32.const 1)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {T.s})))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $n) (i32.const {T.sh})))
    ({T.store} offset=8 (i32.add (local.get $out) (i32.shl (i32.wrap_i64 (local.get $i)) (i32.const {T.sh}))) (local.get $x))
    (local.get $out)))
