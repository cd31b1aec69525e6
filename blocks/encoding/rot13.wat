;; rot13: the caesar shift by 13.
(module
  (import "blocks" "caesar" (func $caesar (param i32 i64) (result i32)))
  (func ${fn} (param $s i32) (result i32)
    (call $caesar (local.get $s) (i64.const 13))))
