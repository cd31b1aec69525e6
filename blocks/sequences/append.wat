;; append: xs ++ [x].
(module
  (func ${fn} (param $xs i32) (param $x {T.w}) (result i32)
    (local $n i32) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (i32.add (local.get $n) (i32.const 1)) (i32.const {T.s})))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $n) (i32.const {T.sh})))
    ({T.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const {T.sh}))) (local.get $x))
    (local.get $out)))
