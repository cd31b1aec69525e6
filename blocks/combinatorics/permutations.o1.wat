;; permutations(xs, k): the sequences of k distinct positions in lexicographic order, each row holding
;; xs at those positions. Faults argument (4) when k < 0 and memory (5) when n!/(n-k)! rows of k
;; elements exceed 2^28 cells (rows + elements), checked before anything is allocated.
;; Scratch: the current positions and a used flag per position. The next row: walking back from the
;; last position, free it and take the next free position above it; once one moves, the positions
;; after it take the smallest free ones in order. Scans stay amortized O(k + 1) per row.
(module
  (func ${fn} (param $xs i32) (param $k i64) (result i32)
    (local $n i32) (local $kk i32) (local $i i32) (local $c i64)
    (local $out i32) (local $stride i32) (local $row i32) (local $slot i32) (local $mark i32)
    (local $idx i32) (local $used i32) (local $j i32) (local $v i32) (local $w i32) (local $src i32) (local $left i64)
    (if (i64.lt_s (local.get $k) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $n (i32.load (local.get $xs)))
    (if (i64.gt_s (local.get $k) (i64.extend_i32_u (local.get $n)))
      (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 4)))))
    (local.set $kk (i32.wrap_i64 (local.get $k)))
    ;; c = n (n-1) ... (n-k+1): every factor >= 1, so once past the limit it stays past
    (local.set $c (i64.const 1))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $i) (local.get $kk)))
        (local.set $c (i64.mul (local.get $c) (i64.extend_i32_u (i32.sub (local.get $n) (local.get $i)))))
        (if (i64.gt_u (local.get $c) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (if (i64.gt_u (i64.mul (local.get $c) (i64.add (local.get $k) (i64.const 1))) (i64.const 0x10000000))
      (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (i32.wrap_i64 (local.get $c)) (i32.const 4)))
    (local.set $stride (i32.and (i32.add (i32.shl (local.get $kk) (i32.const {T.sh})) (i32.const 15)) (i32.const -8)))
    (local.set $row (call $rt_alloc (i32.wrap_i64 (i64.mul (local.get $c) (i64.extend_i32_u (local.get $stride))))))
    (local.set $mark (call $rt_mark))
    (local.set $idx (call $rt_alloc (i32.shl (local.get $kk) (i32.const 2))))
    (local.set $used (call $rt_alloc (local.get $n)))
    (memory.fill (local.get $used) (i32.const 0) (local.get $n))
    ;; positions 0, 1, ..., k-1, all used
    (local.set $j (i32.const 0))
    (block $set
      (loop $init
        (br_if $set (i32.ge_u (local.get $j) (local.get $kk)))
        (i32.store (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))) (local.get $j))
        (i32.store8 (i32.add (local.get $used) (local.get $j)) (i32.const 1))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $init)))
    (local.set $slot (i32.add (local.get $out) (i32.const 8)))
    (local.set $src (i32.add (local.get $xs) (i32.const 8)))
    (local.set $left (local.get $c))
    (block $done
      (loop $rows
        (i64.store (local.get $row) (i64.extend_i32_u (local.get $kk)))
        (local.set $j (i32.const 0))
        (block $filled
          (loop $fill
            (br_if $filled (i32.ge_u (local.get $j) (local.get $kk)))
            ({T.store} offset=8 (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const {T.sh})))
              ({T.load} (i32.add (local.get $src)
                (i32.shl (i32.load (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2)))) (i32.const {T.sh})))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $fill)))
        (i32.store (local.get $slot) (local.get $row))
        (local.set $slot (i32.add (local.get $slot) (i32.const 4)))
        (local.set $row (i32.add (local.get $row) (local.get $stride)))
        (local.set $left (i64.sub (local.get $left) (i64.const 1)))
        (br_if $done (i64.eqz (local.get $left)))
        ;; not the last row, so some position can move: find the last one that can
        (local.set $j (i32.sub (local.get $kk) (i32.const 1)))
        (block $moved
          (loop $back
            (local.set $v (i32.load (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2)))))
            (i32.store8 (i32.add (local.get $used) (local.get $v)) (i32.const 0))
            (local.set $w (i32.add (local.get $v) (i32.const 1)))
            (block $scanned
              (loop $scan
                (br_if $scanned (i32.ge_u (local.get $w) (local.get $n)))
                (br_if $scanned (i32.eqz (i32.load8_u (i32.add (local.get $used) (local.get $w)))))
                (local.set $w (i32.add (local.get $w) (i32.const 1)))
                (br $scan)))
            (if (i32.lt_u (local.get $w) (local.get $n))
              (then
                (i32.store (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))) (local.get $w))
                (i32.store8 (i32.add (local.get $used) (local.get $w)) (i32.const 1))
                (br $moved)))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $back)))
        ;; the positions after j take the smallest free ones, ascending
        (local.set $w (i32.const 0))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (block $refilled
          (loop $refill
            (br_if $refilled (i32.ge_u (local.get $j) (local.get $kk)))
            (block $free
              (loop $skip
                (br_if $free (i32.eqz (i32.load8_u (i32.add (local.get $used) (local.get $w)))))
                (local.set $w (i32.add (local.get $w) (i32.const 1)))
                (br $skip)))
            (i32.store (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))) (local.get $w))
            (i32.store8 (i32.add (local.get $used) (local.get $w)) (i32.const 1))
            (local.set $w (i32.add (local.get $w) (i32.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $refill)))
        (br $rows)))
    (call $rt_reset (local.get $mark))
    (local.get $out)))
