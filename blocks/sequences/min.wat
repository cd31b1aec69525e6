;; min of an array: the element at argmin_{T} (which faults empty on []).
(module
  (import "blocks" "argmin_{T}" (func $argmin_{T} (param i32) (result i64)))
  (func ${fn} (param $xs i32) (result {T.w})
    ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (i32.wrap_i64 (call $argmin_{T} (local.get $xs))) (i32.const {T.sh}))))))
