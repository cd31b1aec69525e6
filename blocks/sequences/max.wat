;; max of an array: the element at argmax_{T} (which faults empty on []).
(module
  (import "blocks" "argmax_{T}" (func $argmax_{T} (param i32) (result i64)))
  (func ${fn} (param $xs i32) (result {T.w})
    ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (i32.wrap_i64 (call $argmax_{T} (local.get $xs))) (i32.const {T.sh}))))))
