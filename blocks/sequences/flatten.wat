;; flatten: total length first (faults memory past 2^28), then one block copy per inner array.
(module
  (func ${fn} (param $xss i32) (result i32)
    (local $n i32) (local $i i32) (local $total i64) (local $out i32) (local $o i32) (local $xs i32) (local $b i32)
    (local.set $n (i32.load (local.get $xss)))
    (block $summed
      (loop $sum
        (br_if $summed (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $total (i64.add (local.get $total)
          (i64.extend_i32_u (i32.load (i32.load offset=8 (i32.add (local.get $xss) (i32.shl (local.get $i) (i32.const 2))))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $sum)))
    (if (i64.gt_u (local.get $total) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (i32.wrap_i64 (local.get $total)) (i32.const {T.s})))
    (local.set $o (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $xs (i32.load offset=8 (i32.add (local.get $xss) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $b (i32.shl (i32.load (local.get $xs)) (i32.const {T.sh})))
        (memory.copy (local.get $o) (i32.add (local.get $xs) (i32.const 8)) (local.get $b))
        (local.set $o (i32.add (local.get $o) (local.get $b)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
