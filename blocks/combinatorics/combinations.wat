;; combinations: the k-element choices of positions i0 < i1 < ... in lexicographic order, each row
;; holding xs at those positions. Faults argument (4) when k < 0 and memory (5) when C(n, k) rows
;; of k elements exceed 2^28 cells (rows + elements), checked before anything is allocated.
;; All rows come from one allocation (stride rounded to 8); the positions are scratch.
(module
  (func ${fn} (param $xs i32) (param $k i64) (result i32)
    (local $n i32) (local $kk i32) (local $m i32) (local $i i32) (local $c i64)
    (local $out i32) (local $stride i32) (local $row i32) (local $slot i32) (local $mark i32)
    (local $idx i32) (local $j i32) (local $v i32) (local $src i32)
    (if (i64.lt_s (local.get $k) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $n (i32.load (local.get $xs)))
    (if (i64.gt_s (local.get $k) (i64.extend_i32_u (local.get $n)))
      (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 4)))))
    (local.set $kk (i32.wrap_i64 (local.get $k)))
    ;; c = C(n, m) with m = min(k, n - k), built as C(n-m+1, 1), C(n-m+2, 2), ...: increasing, so
    ;; once past the limit it stays past; each product stays below 2^28 * 2^32
    (local.set $m (local.get $kk))
    (if (i32.gt_u (local.get $m) (i32.sub (local.get $n) (local.get $kk))) (then (local.set $m (i32.sub (local.get $n) (local.get $kk)))))
    (local.set $c (i64.const 1))
    (local.set $i (i32.const 1))
    (block $counted
      (loop $count
        (br_if $counted (i32.gt_u (local.get $i) (local.get $m)))
        (local.set $c (i64.div_u
          (i64.mul (local.get $c) (i64.extend_i32_u (i32.add (i32.sub (local.get $n) (local.get $m)) (local.get $i))))
          (i64.extend_i32_u (local.get $i))))
        (if (i64.gt_u (local.get $c) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (if (i64.gt_u (i64.mul (local.get $c) (i64.add (local.get $k) (i64.const 1))) (i64.const 0x10000000))
      (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (i32.wrap_i64 (local.get $c)) (i32.const 4)))
    (local.set $stride (i32.and (i32.add (i32.shl (local.get $kk) (i32.const {T.sh})) (i32.const 15)) (i32.const -8)))
    (local.set $row (call $rt_alloc (i32.wrap_i64 (i64.mul (local.get $c) (i64.extend_i32_u (local.get $stride))))))
    (local.set $mark (call $rt_mark))
    ;; positions 0, 1, ..., k-1
    (local.set $idx (call $rt_alloc (i32.shl (local.get $kk) (i32.const 2))))
    (local.set $j (i32.const 0))
    (block $set
      (loop $init
        (br_if $set (i32.ge_u (local.get $j) (local.get $kk)))
        (i32.store (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))) (local.get $j))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $init)))
    (local.set $slot (i32.add (local.get $out) (i32.const 8)))
    (local.set $src (i32.add (local.get $xs) (i32.const 8)))
    (block $done
      (loop $rows
        ;; the row: length k, then xs at the positions
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
        ;; next: the last position j that can still move right (idx[j] < n - k + j) moves by one,
        ;; the ones after it follow on consecutively; none left means this was the last row
        (local.set $j (i32.sub (local.get $kk) (i32.const 1)))
        (block $found
          (loop $back
            (br_if $done (i32.lt_s (local.get $j) (i32.const 0)))
            (br_if $found (i32.lt_u (i32.load (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))))
              (i32.add (i32.sub (local.get $n) (local.get $kk)) (local.get $j))))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $back)))
        (local.set $v (i32.load (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2)))))
        (block $moved
          (loop $follow
            (br_if $moved (i32.ge_u (local.get $j) (local.get $kk)))
            (local.set $v (i32.add (local.get $v) (i32.const 1)))
            (i32.store (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))) (local.get $v))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $follow)))
        (br $rows)))
    (call $rt_reset (local.get $mark))
    (local.get $out)))
