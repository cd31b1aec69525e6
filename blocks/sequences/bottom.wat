;; bottom: the first k of sort_{T}(xs); the sorted copy is scratch, released before returning.
(module
  (import "blocks" "sort_{T}" (func $sort_{T} (param i32) (result i32)))

  (func ${fn} (param $xs i32) (param $k i64) (result i32)
    (local $n i32) (local $m i32) (local $out i32) (local $mark i32) (local $s i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $m
      (if (result i32) (i64.le_s (local.get $k) (i64.const 0)) (then (i32.const 0))
        (else (if (result i32) (i64.ge_s (local.get $k) (i64.extend_i32_u (local.get $n))) (then (local.get $n))
          (else (i32.wrap_i64 (local.get $k)))))))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const {T.s})))
    (if (i32.eqz (local.get $m)) (then (return (local.get $out))))
    (local.set $mark (call $rt_mark))
    (local.set $s (call $sort_{T} (local.get $xs)))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (local.get $s) (i32.const 8)) (i32.shl (local.get $m) (i32.const {T.sh})))
    (call $rt_reset (local.get $mark))
    (local.get $out)))
