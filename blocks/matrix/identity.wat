;; identity: n rows of n ints, 1 where row = column.
(module
  (func ${fn} (param $n64 i64) (result i32)
    (local $n i32) (local $i i32) (local $j i32) (local $out i32) (local $row i32)
    (if (i64.lt_s (local.get $n64) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n64) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 4)))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $row (call $rt_arr_alloc (local.get $n) (i32.const 8)))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $row))
        (local.set $j (i32.const 0))
        (block $cols_done
          (loop $cols
            (br_if $cols_done (i32.ge_u (local.get $j) (local.get $n)))
            (i64.store offset=8 (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3)))
              (i64.extend_i32_u (i32.eq (local.get $i) (local.get $j))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $cols)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (local.get $out)))
