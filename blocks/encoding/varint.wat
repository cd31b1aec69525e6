;; varint: unsigned LEB128 of each int. First pass: fault on a negative and count the bytes
;; (max(1, ceil(bit length / 7)) each); second pass writes them.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $i i32) (local $total i64) (local $x i64) (local $out i32) (local $q i32)
    (local.set $n (i32.load (local.get $xs)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (if (i64.lt_s (local.get $x) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $total (i64.add (local.get $total)
          (i64.div_u (i64.sub (i64.const 70) (i64.clz (i64.or (local.get $x) (i64.const 1)))) (i64.const 7))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    ;; (rt_arr_alloc faults past 2^28 elements; keep the count from wrapping before it gets there)
    (if (i64.gt_u (local.get $total) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (i32.wrap_i64 (local.get $total)) (i32.const 8)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done2
      (loop $next2
        (br_if $done2 (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (block $last
          (loop $group
            (br_if $last (i64.lt_u (local.get $x) (i64.const 128)))
            (i64.store (local.get $q) (i64.or (i64.and (local.get $x) (i64.const 127)) (i64.const 128)))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))
            (local.set $x (i64.shr_u (local.get $x) (i64.const 7)))
            (br $group)))
        (i64.store (local.get $q) (local.get $x))
        (local.set $q (i32.add (local.get $q) (i32.const 8)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next2)))
    (local.get $out)))
