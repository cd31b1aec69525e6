;; index over a [any]: the first element equal to x (rt_any_eq: structural, 1 == 1.0), or -1.
(module
  (import "rt" "rt_any_eq" (func $rt_any_eq (param i32 i32) (result i32)))
  (func ${fn} (param $xs i32) (param $x i32) (result i64)
    (local $i i32) (local $n i32)
    (local.set $n (i32.load (local.get $xs)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (call $rt_any_eq (i32.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 2)))) (local.get $x))
          (then (return (i64.extend_i32_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.const -1)))
