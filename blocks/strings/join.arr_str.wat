;; join(xs) without a separator: the strings of xs one after another; "" for no strings.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $k i32) (local $i i32) (local $x i32) (local $total i64) (local $out i32) (local $d i32)
    (local.set $k (i32.load (local.get $xs)))
    (block $summed
      (loop $sum
        (br_if $summed (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $total (i64.add (local.get $total)
          (i64.extend_i32_u (i32.load (i32.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 2))))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $sum)))
    (if (i64.gt_u (local.get $total) (i64.const 0x7FFF0000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_str_alloc (i32.wrap_i64 (local.get $total))))
    (local.set $d (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $x (i32.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 2)))))
        (memory.copy (local.get $d) (i32.add (local.get $x) (i32.const 8)) (i32.load (local.get $x)))
        (local.set $d (i32.add (local.get $d) (i32.load (local.get $x))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out))
  ;;#include
)
