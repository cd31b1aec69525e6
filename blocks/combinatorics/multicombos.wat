;; multicombos: the non-decreasing sequences of k positions in lexicographic order, each row holding
;; xs at those positions. Faults argument (4) when k < 0 and memory (5) when C(n + k - 1, k) rows of
;; k elements exceed 2^28 cells (rows + elements), checked before anything is allocated.
;; All rows come from one allocation (stride rounded to 8); the positions are scratch.
(module
  (func ${fn} (param $xs i32) (param $k i64) (result i32)
    (local $n i32) (local $kk i32) (local $m i32) (local $top i32) (local $i i32) (local $c i64)
    (local $out i32) (local $stride i32) (local $row i32) (local $slot i32) (local $mark i32)
    (local $idx i32) (local $j i32) (local $v i32) (local $src i32)
    (if (i64.lt_s (local.get $k) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $n (i32.load (local.get $xs)))
    ;; nothing to choose from: one empty row for k = 0, else none
    (if (i32.eqz (local.get $n))
      (then (if (i64.eqz (local.get $k))
        (then
          (local.set $out (call $rt_arr_alloc (i32.const 1) (i32.const 4)))
          (i32.store offset=8 (local.get $out) (call $rt_arr_alloc (i32.const 0) (i32.const {T.s})))
          (return (local.get $out)))
        (else (return (call $rt_arr_alloc (i32.const 0) (i32.const 4)))))))
    ;; at least one row of k elements
    (if (i64.gt_u (local.get $k) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $kk (i32.wrap_i64 (local.get $k)))
    ;; c = C(top, m) with top = n + k - 1 and m = min(k, n - 1), built increasing as in combinations;
    ;; top < 2^32 and c <= 2^28 keep each product inside 64 bits
    (local.set $top (i32.add (local.get $n) (i32.sub (local.get $kk) (i32.const 1))))
    (local.set $m (i32.sub (local.get $n) (i32.const 1)))
    (if (i32.lt_u (local.get $kk) (local.get $m)) (then (local.set $m (local.get $kk))))
    (local.set $c (i64.const 1))
    (local.set $i (i32.const 1))
    (block $counted
      (loop $count
        (br_if $counted (i32.gt_u (local.get $i) (local.get $m)))
        (local.set $c (i64.div_u
          (i64.mul (local.get $c) (i64.extend_i32_u (i32.add (i32.sub (local.get $top) (local.get $m)) (local.get $i))))
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
    ;; positions all 0
    (local.set $idx (call $rt_alloc (i32.shl (local.get $kk) (i32.const 2))))
    (memory.fill (local.get $idx) (i32.const 0) (i32.shl (local.get $kk) (i32.const 2)))
    (local.set $slot (i32.add (local.get $out) (i32.const 8)))
    (local.set $src (i32.add (local.get $xs) (i32.const 8)))
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
        ;; next: the last position below n - 1 moves up by one and the later ones take its value;
        ;; none left means this was the last row
        (local.set $j (i32.sub (local.get $kk) (i32.const 1)))
        (block $found
          (loop $back
            (br_if $done (i32.lt_s (local.get $j) (i32.const 0)))
            (br_if $found (i32.lt_u (i32.load (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))))
              (i32.sub (local.get $n) (i32.const 1))))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $back)))
        (local.set $v (i32.add (i32.load (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 1)))
        (block $moved
          (loop $follow
            (br_if $moved (i32.ge_u (local.get $j) (local.get $kk)))
            (i32.store (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))) (local.get $v))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $follow)))
        (br $rows)))
    (call $rt_reset (local.get $mark))
    (local.get $out)))
