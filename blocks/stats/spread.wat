;; spread of [int]: max - min as an unsigned 64-bit difference (never overflows), to float.
(module
  (import "blocks" "extent_int" (func $extent_int (param i32) (result i32)))
  (func ${fn} (param $xs i32) (result f64)
    (local $e i32)
    (local.set $e (call $extent_int (local.get $xs)))
    (f64.convert_i64_u (i64.sub (i64.load offset=8 (local.get $e)) (i64.load (local.get $e))))))
