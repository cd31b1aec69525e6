;; knapsack (0/1): best[c] over capacities 0..C, C = min(capacity, total weight), each item folded in
;; from high c to low so it is used once. best[c] and best[c - w] of the old row are independent
;; lanes, so two capacities update at a time (i64x2 compare and bitselect for the max).
(module
  (func ${fn} (param $ws i32) (param $vs i32) (param $cap i64) (result i64)
    (local $n i32) (local $i i32) (local $w64 i64) (local $s i64) (local $c i32) (local $w i32) (local $v i64)
    (local $dp i32) (local $p i32) (local $q i32) (local $lo i32) (local $vv v128) (local $old v128) (local $new v128) (local $t i64)
    (local.set $n (i32.load (local.get $ws)))
    (if (i32.ne (local.get $n) (i32.load (local.get $vs))) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (block $ok
      (loop $check
        (br_if $ok (i32.ge_u (local.get $i) (local.get $n)))
        (if (i64.lt_s (i64.load offset=8 (i32.add (local.get $ws) (i32.shl (local.get $i) (i32.const 3)))) (i64.const 0))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    (if (i64.lt_s (local.get $cap) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    ;; total weight, stopping once it reaches cap (each partial sum < cap plus one weight fits in u64)
    (local.set $i (i32.const 0))
    (block $summed
      (loop $sum
        (br_if $summed (i32.ge_u (local.get $i) (local.get $n)))
        (br_if $summed (i64.ge_u (local.get $s) (local.get $cap)))
        (local.set $s (i64.add (local.get $s) (i64.load offset=8 (i32.add (local.get $ws) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $sum)))
    (if (i64.lt_u (local.get $s) (local.get $cap)) (then (local.set $cap (local.get $s))))
    (if (i64.gt_u (local.get $cap) (i64.const 0x08000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $c (i32.wrap_i64 (local.get $cap)))
    (local.set $dp (call $rt_alloc (i32.shl (i32.add (local.get $c) (i32.const 1)) (i32.const 3))))
    (local.set $i (i32.const 0))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.gt_u (local.get $i) (local.get $c)))
        (i64.store (i32.add (local.get $dp) (i32.shl (local.get $i) (i32.const 3))) (i64.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $z)))
    (local.set $i (i32.const 0))
    (block $items_done
      (loop $items
        (br_if $items_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $w64 (i64.load offset=8 (i32.add (local.get $ws) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $v (i64.load offset=8 (i32.add (local.get $vs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        ;; an item of no value or too heavy never changes best
        (br_if $items (i64.le_s (local.get $v) (i64.const 0)))
        (br_if $items (i64.gt_u (local.get $w64) (local.get $cap)))
        (local.set $w (i32.wrap_i64 (local.get $w64)))
        (local.set $vv (i64x2.splat (local.get $v)))
        ;; pairs (c - 1, c) from the top while c - 1 >= w
        (local.set $p (i32.add (local.get $dp) (i32.shl (i32.sub (local.get $c) (i32.const 1)) (i32.const 3))))
        (local.set $lo (i32.add (local.get $dp) (i32.shl (local.get $w) (i32.const 3))))
        (local.set $q (i32.sub (local.get $p) (i32.shl (local.get $w) (i32.const 3))))
        (block $pairs_done
          (loop $pairs
            (br_if $pairs_done (i32.lt_u (local.get $p) (local.get $lo)))
            (local.set $old (v128.load (local.get $p)))
            (local.set $new (i64x2.add (v128.load (local.get $q)) (local.get $vv)))
            (v128.store (local.get $p) (v128.bitselect (local.get $new) (local.get $old) (i64x2.gt_s (local.get $new) (local.get $old))))
            (local.set $p (i32.sub (local.get $p) (i32.const 16)))
            (local.set $q (i32.sub (local.get $q) (i32.const 16)))
            (br $pairs)))
        ;; one capacity left (c = w) when the count was odd
        (if (i32.eq (local.get $p) (i32.sub (local.get $lo) (i32.const 8)))
          (then
            (local.set $t (i64.add (i64.load (local.get $dp)) (local.get $v)))
            (if (i64.gt_s (local.get $t) (i64.load (local.get $lo))) (then (i64.store (local.get $lo) (local.get $t))))))
        (br $items)))
    (i64.load (i32.add (local.get $dp) (i32.shl (local.get $c) (i32.const 3))))))
