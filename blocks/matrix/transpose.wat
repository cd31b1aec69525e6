;; transpose: out[j][i] = m[i][j], moving elements of any lane.
(module
  (func ${fn} (param $m i32) (result i32)
    (local $n i32) (local $c i32) (local $i i32) (local $j i32) (local $out i32) (local $row i32) (local $src i32)
    (local.set $n (i32.load (local.get $m)))
    (if (local.get $n) (then (local.set $c (i32.load (i32.load offset=8 (local.get $m))))))
    (block $ok
      (loop $check
        (br_if $ok (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.load (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2))))) (local.get $c))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    (local.set $out (call $rt_arr_alloc (local.get $c) (i32.const 4)))
    (block $cols_done
      (loop $cols
        (br_if $cols_done (i32.ge_u (local.get $j) (local.get $c)))
        (local.set $row (call $rt_arr_alloc (local.get $n) (i32.const {T.s})))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2))) (local.get $row))
        (local.set $i (i32.const 0))
        (block $rows_done
          (loop $rows
            (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $src (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2)))))
            ({T.store} offset=8 (i32.add (local.get $row) (i32.shl (local.get $i) (i32.const {T.sh})))
              ({T.load} offset=8 (i32.add (local.get $src) (i32.shl (local.get $j) (i32.const {T.sh})))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $rows)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $cols)))
    (local.get $out)))
