;; order (argsort) of [int] or [str]: a stable merge sort of the indexes 0..n-1 by their
;; elements: insertion sort makes runs of 16, then bottom-up merges between the result and a
;; scratch buffer (released at the end). Comparisons use {T.lt} on the loaded elements.
(module

  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $mark i32) (local $dst i32) (local $tmp i32) (local $i i32)
    (local $a i32) (local $b i32) (local $t i32) (local $w i32) (local $lo i32) (local $mid i32) (local $hi i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (local.set $mark (call $rt_mark))
    ;; sort i32 indexes in scratch, widen them into the result at the end
    (local.set $dst (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $tmp (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (block $init_done
      (loop $init
        (br_if $init_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2))) (local.get $i))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $init)))
    (local.set $i (i32.const 0))
    (block $runs_done
      (loop $runs
        (br_if $runs_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $hi (i32.add (local.get $i) (i32.const 16)))
        (if (i32.gt_u (local.get $hi) (local.get $n)) (then (local.set $hi (local.get $n))))
        (call ${fn}__insertion (local.get $xs) (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2))) (i32.sub (local.get $hi) (local.get $i)))
        (local.set $i (local.get $hi))
        (br $runs)))
    (local.set $a (local.get $dst))
    (local.set $b (local.get $tmp))
    (local.set $w (i32.const 16))
    (block $sorted
      (loop $pass
        (br_if $sorted (i32.ge_u (local.get $w) (local.get $n)))
        (local.set $lo (i32.const 0))
        (block $pass_done
          (loop $pair
            (br_if $pass_done (i32.ge_u (local.get $lo) (local.get $n)))
            (local.set $mid (i32.add (local.get $lo) (local.get $w)))
            (if (i32.gt_u (local.get $mid) (local.get $n)) (then (local.set $mid (local.get $n))))
            (local.set $hi (i32.add (local.get $mid) (local.get $w)))
            (if (i32.gt_u (local.get $hi) (local.get $n)) (then (local.set $hi (local.get $n))))
            (call ${fn}__merge (local.get $xs)
              (i32.add (local.get $a) (i32.shl (local.get $lo) (i32.const 2)))
              (i32.add (local.get $a) (i32.shl (local.get $mid) (i32.const 2)))
              (i32.add (local.get $a) (i32.shl (local.get $hi) (i32.const 2)))
              (i32.add (local.get $b) (i32.shl (local.get $lo) (i32.const 2))))
            (local.set $lo (local.get $hi))
            (br $pair)))
        (local.set $t (local.get $a)) (local.set $a (local.get $b)) (local.set $b (local.get $t))
        (local.set $w (i32.shl (local.get $w) (i32.const 1)))
        (br $pass)))
    (local.set $i (i32.const 0))
    (block $widened
      (loop $widen
        (br_if $widened (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
          (i64.extend_i32_u (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $widen)))
    (call $rt_reset (local.get $mark))
    (local.get $out))

  ;; xs[i] < xs[j]
  (func ${fn}__lt (param $xs i32) (param $i i32) (param $j i32) (result i32)
    ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
    ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $j) (i32.const {T.sh}))))
    {T.lt})

  ;; Stable insertion sort of the m indexes at p.
  (func ${fn}__insertion (param $xs i32) (param $p i32) (param $m i32)
    (local $i i32) (local $j i32) (local $x i32) (local $y i32)
    (local.set $i (i32.const 1))
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $x (i32.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $j (local.get $i))
        (block $placed
          (loop $inner
            (br_if $placed (i32.eqz (local.get $j)))
            (local.set $y (i32.load (i32.add (local.get $p) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2)))))
            (br_if $placed (i32.eqz (call ${fn}__lt (local.get $xs) (local.get $x) (local.get $y))))
            (i32.store (i32.add (local.get $p) (i32.shl (local.get $j) (i32.const 2))) (local.get $y))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $inner)))
        (i32.store (i32.add (local.get $p) (i32.shl (local.get $j) (i32.const 2))) (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $outer))))

  ;; Stable merge of the index runs [i, mid) and [mid, end) into o.
  (func ${fn}__merge (param $xs i32) (param $i i32) (param $mid i32) (param $end i32) (param $o i32)
    (local $j i32) (local $x i32) (local $y i32)
    (local.set $j (local.get $mid))
    (if (if (result i32) (i32.eq (local.get $mid) (local.get $end)) (then (i32.const 1))
          (else (i32.eqz (call ${fn}__lt (local.get $xs) (i32.load (local.get $mid)) (i32.load (i32.sub (local.get $mid) (i32.const 4)))))))
      (then
        (memory.copy (local.get $o) (local.get $i) (i32.sub (local.get $end) (local.get $i)))
        (return)))
    (block $done
      (loop $next
        (br_if $done (i32.or (i32.ge_u (local.get $i) (local.get $mid)) (i32.ge_u (local.get $j) (local.get $end))))
        (local.set $x (i32.load (local.get $i)))
        (local.set $y (i32.load (local.get $j)))
        (if (call ${fn}__lt (local.get $xs) (local.get $y) (local.get $x))
          (then
            (i32.store (local.get $o) (local.get $y))
            (local.set $j (i32.add (local.get $j) (i32.const 4))))
          (else
            (i32.store (local.get $o) (local.get $x))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))))
        (local.set $o (i32.add (local.get $o) (i32.const 4)))
        (br $next)))
    (memory.copy (local.get $o) (local.get $i) (i32.sub (local.get $mid) (local.get $i)))
    (memory.copy (i32.add (local.get $o) (i32.sub (local.get $mid) (local.get $i))) (local.get $j) (i32.sub (local.get $end) (local.get $j))))
)
