;; contains on strings: index_str2 finds sub (or gives -1).
(module
  (import "blocks" "index_str2" (func $index_str2 (param i32 i32) (result i64)))
  (func ${fn} (param $s i32) (param $sub i32) (result i32)
    (i64.ge_s (call $index_str2 (local.get $s) (local.get $sub)) (i64.const 0))))
