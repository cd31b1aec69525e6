;; drop: all elements from index clamp(n, 0, len).
(module
  (func ${fn} (param $xs i32) (param $n i64) (result i32)
    (local $len i32) (local $k i32) (local $out i32)
    (local.set $len (i32.load (local.get $xs)))
    (local.set $k
      (if (result i32) (i64.le_s (local.get $n) (i64.const 0)) (then (i32.const 0))
        (else (if (result i32) (i64.ge_s (local.get $n) (i64.extend_i32_u (local.get $len))) (then (local.get $len))
          (else (i32.wrap_i64 (local.get $n)))))))
    (local.set $out (call $rt_arr_alloc (i32.sub (local.get $len) (local.get $k)) (i32.const {T.s})))
    (memory.copy (i32.add (local.get $out) (i32.const 8))
      (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $k) (i32.const {T.sh})))
      (i32.shl (i32.sub (local.get $len) (local.get $k)) (i32.const {T.sh})))
    (local.get $out)))
