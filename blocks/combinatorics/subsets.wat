;; subsets: for k = 0, 1, ..., n the k-element choices of positions in lexicographic order (as in
;; combinations), each row holding xs at those positions. Faults memory (5) when the 2^n rows and
;; their n 2^(n-1) elements exceed 2^28 cells, checked before anything is allocated (n >= 25).
;; All rows come from one allocation: size k rows have stride 8 + k elements rounded to 8.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $k i32) (local $c i64) (local $bytes i64)
    (local $out i32) (local $row i32) (local $slot i32) (local $mark i32) (local $idx i32)
    (local.set $n (i32.load (local.get $xs)))
    ;; 2^n + n 2^(n-1) = 2^(n-1) (n + 2) cells; past 2^28 from n = 25
    (if (i32.ge_u (local.get $n) (i32.const 25)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    ;; bytes of all rows: sum over k of C(n, k) * stride(k), C(n, k+1) = C(n, k) (n - k) / (k + 1)
    (local.set $c (i64.const 1))
    (block $summed
      (loop $sum
        (local.set $bytes (i64.add (local.get $bytes)
          (i64.mul (local.get $c) (i64.extend_i32_u (call ${fn}__stride (local.get $k))))))
        (br_if $summed (i32.ge_u (local.get $k) (local.get $n)))
        (local.set $c (i64.div_u (i64.mul (local.get $c) (i64.extend_i32_u (i32.sub (local.get $n) (local.get $k))))
          (i64.extend_i32_u (i32.add (local.get $k) (i32.const 1)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $sum)))
    (local.set $out (call $rt_arr_alloc (i32.shl (i32.const 1) (local.get $n)) (i32.const 4)))
    (local.set $row (call $rt_alloc (i32.wrap_i64 (local.get $bytes))))
    (local.set $mark (call $rt_mark))
    (local.set $idx (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $slot (i32.add (local.get $out) (i32.const 8)))
    (local.set $k (i32.const 0))
    (block $done
      (loop $sizes
        (br_if $done (i32.gt_u (local.get $k) (local.get $n)))
        (local.set $row (call ${fn}__rows (local.get $xs) (local.get $k) (local.get $idx) (local.get $row) (local.get $slot)))
        (local.set $slot (i32.add (local.get $slot)
          (i32.shl (i32.wrap_i64 (call ${fn}__choose (local.get $n) (local.get $k))) (i32.const 2))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $sizes)))
    (call $rt_reset (local.get $mark))
    (local.get $out))

  ;; bytes of one row of k elements: 8 + k elements, rounded up to 8
  (func ${fn}__stride (param $k i32) (result i32)
    (i32.and (i32.add (i32.shl (local.get $k) (i32.const {T.sh})) (i32.const 15)) (i32.const -8)))

  ;; C(n, k) for n < 25
  (func ${fn}__choose (param $n i32) (param $k i32) (result i64)
    (local $c i64) (local $i i32)
    (local.set $c (i64.const 1))
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (local.get $i) (local.get $k)))
        (local.set $c (i64.div_u (i64.mul (local.get $c) (i64.extend_i32_u (i32.add (i32.sub (local.get $n) (local.get $k)) (local.get $i))))
          (i64.extend_i32_u (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $c))

  ;; Writes the C(n, k) rows of size k from $row on and their pointers from $slot on, with $idx as
  ;; scratch for k positions; returns the address after the last row.
  (func ${fn}__rows (param $xs i32) (param $k i32) (param $idx i32) (param $row i32) (param $slot i32) (result i32)
    (local $n i32) (local $j i32) (local $v i32) (local $src i32) (local $stride i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $src (i32.add (local.get $xs) (i32.const 8)))
    (local.set $stride (call ${fn}__stride (local.get $k)))
    (block $set
      (loop $init
        (br_if $set (i32.ge_u (local.get $j) (local.get $k)))
        (i32.store (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))) (local.get $j))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $init)))
    (block $done
      (loop $rows
        (i64.store (local.get $row) (i64.extend_i32_u (local.get $k)))
        (local.set $j (i32.const 0))
        (block $filled
          (loop $fill
            (br_if $filled (i32.ge_u (local.get $j) (local.get $k)))
            ({T.store} offset=8 (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const {T.sh})))
              ({T.load} (i32.add (local.get $src)
                (i32.shl (i32.load (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2)))) (i32.const {T.sh})))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $fill)))
        (i32.store (local.get $slot) (local.get $row))
        (local.set $slot (i32.add (local.get $slot) (i32.const 4)))
        (local.set $row (i32.add (local.get $row) (local.get $stride)))
        ;; next: the last position that can still move right moves by one, the later ones follow it
        (local.set $j (i32.sub (local.get $k) (i32.const 1)))
        (block $found
          (loop $back
            (br_if $done (i32.lt_s (local.get $j) (i32.const 0)))
            (br_if $found (i32.lt_u (i32.load (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))))
              (i32.add (i32.sub (local.get $n) (local.get $k)) (local.get $j))))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $back)))
        (local.set $v (i32.load (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2)))))
        (block $moved
          (loop $follow
            (br_if $moved (i32.ge_u (local.get $j) (local.get $k)))
            (local.set $v (i32.add (local.get $v) (i32.const 1)))
            (i32.store (i32.add (local.get $idx) (i32.shl (local.get $j) (i32.const 2))) (local.get $v))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $follow)))
        (br $rows)))
    (local.get $row)))
