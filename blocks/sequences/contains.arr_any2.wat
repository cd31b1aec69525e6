;; contains over a [any]: index_arr_any2 finds an equal element (or gives -1).
(module
  (import "blocks" "index_arr_any2" (func $index_arr_any2 (param i32 i32) (result i64)))
  (func ${fn} (param $xs i32) (param $x i32) (result i32)
    (i64.ge_s (call $index_arr_any2 (local.get $xs) (local.get $x)) (i64.const 0))))
