;; lcs over [T]: the classic table, one row kept (over the shorter array); O(n*m) time, O(min) space.
(module
  (func ${fn} (param $a i32) (param $b i32) (result i64)
    (local $n i32) (local $m i32) (local $t i32) (local $row i32) (local $i i32) (local $j i32)
    (local $x {T.w}) (local $eq i32) (local $diag i32) (local $up i32) (local $left i32) (local $v i32)
    (local.set $n (i32.load (local.get $a)))
    (local.set $m (i32.load (local.get $b)))
    (if (i32.gt_u (local.get $m) (local.get $n))
      (then
        (local.set $t (local.get $a)) (local.set $a (local.get $b)) (local.set $b (local.get $t))
        (local.set $t (local.get $n)) (local.set $n (local.get $m)) (local.set $m (local.get $t))))
    ;; row[0..m]: row[0] stays 0
    (local.set $row (call $rt_alloc (i32.shl (i32.add (local.get $m) (i32.const 1)) (i32.const 2))))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.gt_u (local.get $j) (local.get $m)))
        (i32.store (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))) (i32.const 0))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $z)))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x ({T.load} offset=8 (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const {T.sh})))))
        (local.set $diag (i32.const 0))
        (local.set $left (i32.const 0))
        (local.set $j (i32.const 1))
        (block $cols_done
          (loop $cols
            (br_if $cols_done (i32.gt_u (local.get $j) (local.get $m)))
            (local.set $up (i32.load (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2)))))
            (local.get $x)
            ({T.load} offset=8 (i32.add (local.get $b) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const {T.sh}))))
            {T.eq}
            (local.set $eq)
            (local.set $v
              (if (result i32) (local.get $eq)
                (then (i32.add (local.get $diag) (i32.const 1)))
                (else (select (local.get $up) (local.get $left) (i32.gt_u (local.get $up) (local.get $left))))))
            (i32.store (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))) (local.get $v))
            (local.set $diag (local.get $up))
            (local.set $left (local.get $v))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $cols)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (i64.extend_i32_u (i32.load (i32.add (local.get $row) (i32.shl (local.get $m) (i32.const 2)))))))
