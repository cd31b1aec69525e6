;; concat: xs ++ ys, two block copies.
(module
  (func ${fn} (param $xs i32) (param $ys i32) (result i32)
    (local $n i32) (local $m i32) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $m (i32.load (local.get $ys)))
    (local.set $out (call $rt_arr_alloc (i32.add (local.get $n) (local.get $m)) (i32.const {T.s})))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $n) (i32.const {T.sh})))
    (memory.copy (i32.add (i32.add (local.get $out) (i32.const 8)) (i32.shl (local.get $n) (i32.const {T.sh})))
      (i32.add (local.get $ys) (i32.const 8)) (i32.shl (local.get $m) (i32.const {T.sh})))
    (local.get $out)))
