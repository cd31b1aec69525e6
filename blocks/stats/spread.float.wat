;; spread of [float]: max - min.
(module
  (import "blocks" "extent_float" (func $extent_float (param i32) (result i32)))
  (func ${fn} (param $xs i32) (result f64)
    (local $e i32)
    (local.set $e (call $extent_float (local.get $xs)))
    (f64.sub (f64.load offset=8 (local.get $e)) (f64.load (local.get $e)))))
