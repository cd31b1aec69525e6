;; permutations(xs): the k-permutations with k = len(xs), from the k overload.
(module
  (import "blocks" "permutations_o1_{T}" (func $permutations_o1_{T} (param i32 i64) (result i32)))
  (func ${fn} (param $xs i32) (result i32)
    (call $permutations_o1_{T} (local.get $xs) (i64.extend_i32_u (i32.load (local.get $xs))))))
