;; contains: index_{T} finds x (or gives -1).
(module
  (import "blocks" "index_{T}" (func $index_{T} (param i32 {T.w}) (result i64)))
  (func ${fn} (param $xs i32) (param $x {T.w}) (result i32)
    (i64.ge_s (call $index_{T} (local.get $xs) (local.get $x)) (i64.const 0))))
