;; det over [[float]]: Gaussian elimination with partial pivoting on a scratch copy whose rows are
;; reached through a table of row pointers (a row swap swaps two pointers). Row updates go two
;; lanes at a time; each entry gets the same single multiply-subtract as the scalar algorithm.
(module
  (func ${fn} (param $m i32) (result f64)
    (local $n i32) (local $i i32) (local $j i32) (local $k i32) (local $p i32)
    (local $rows i32) (local $src i32) (local $dst i32) (local $rk i32) (local $ri i32)
    (local $d f64) (local $best f64) (local $v f64) (local $piv f64) (local $f f64) (local $fv v128)
    (local $pa i32) (local $pb i32) (local $end i32) (local $end2 i32)
    (local.set $n (i32.load (local.get $m)))
    ;; every row must have n entries
    (block $ok
      (loop $check
        (br_if $ok (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.load (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2))))) (local.get $n))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    ;; scratch copy: a table of n row pointers, each row n floats
    (local.set $rows (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $i (i32.const 0))
    (block $copied
      (loop $copy
        (br_if $copied (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $dst (call $rt_alloc (i32.shl (local.get $n) (i32.const 3))))
        (i32.store (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2))) (local.get $dst))
        (local.set $src (i32.add (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 8)))
        (local.set $j (i32.const 0))
        (block $row_done
          (loop $row
            (br_if $row_done (i32.ge_u (local.get $j) (local.get $n)))
            (f64.store (i32.add (local.get $dst) (i32.shl (local.get $j) (i32.const 3)))
              (f64.load (i32.add (local.get $src) (i32.shl (local.get $j) (i32.const 3)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $row)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    (local.set $d (f64.const 1))
    (block $elim_done
      (loop $elim
        (br_if $elim_done (i32.ge_u (local.get $k) (local.get $n)))
        ;; pivot: the first row i >= k with the largest |a[i][k]|
        (local.set $p (local.get $k))
        (local.set $best (f64.abs (f64.load (i32.add (i32.load (i32.add (local.get $rows) (i32.shl (local.get $k) (i32.const 2)))) (i32.shl (local.get $k) (i32.const 3))))))
        (local.set $i (i32.add (local.get $k) (i32.const 1)))
        (block $found
          (loop $scan
            (br_if $found (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $v (f64.abs (f64.load (i32.add (i32.load (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2)))) (i32.shl (local.get $k) (i32.const 3))))))
            (if (f64.gt (local.get $v) (local.get $best))
              (then (local.set $best (local.get $v)) (local.set $p (local.get $i))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $scan)))
        (if (f64.eq (f64.load (i32.add (i32.load (i32.add (local.get $rows) (i32.shl (local.get $p) (i32.const 2)))) (i32.shl (local.get $k) (i32.const 3)))) (f64.const 0))
          (then (return (f64.const 0))))
        (if (i32.ne (local.get $p) (local.get $k))
          (then
            (local.set $rk (i32.load (i32.add (local.get $rows) (i32.shl (local.get $p) (i32.const 2)))))
            (i32.store (i32.add (local.get $rows) (i32.shl (local.get $p) (i32.const 2)))
              (i32.load (i32.add (local.get $rows) (i32.shl (local.get $k) (i32.const 2)))))
            (i32.store (i32.add (local.get $rows) (i32.shl (local.get $k) (i32.const 2))) (local.get $rk))
            (local.set $d (f64.neg (local.get $d)))))
        (local.set $rk (i32.load (i32.add (local.get $rows) (i32.shl (local.get $k) (i32.const 2)))))
        (local.set $piv (f64.load (i32.add (local.get $rk) (i32.shl (local.get $k) (i32.const 3)))))
        (local.set $d (f64.mul (local.get $d) (local.get $piv)))
        ;; eliminate below the pivot: a[i][j] -= (a[i][k] / piv) * a[k][j] for j > k
        (local.set $i (i32.add (local.get $k) (i32.const 1)))
        (block $below_done
          (loop $below
            (br_if $below_done (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $ri (i32.load (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2)))))
            (local.set $f (f64.div (f64.load (i32.add (local.get $ri) (i32.shl (local.get $k) (i32.const 3)))) (local.get $piv)))
            (local.set $fv (f64x2.splat (local.get $f)))
            (local.set $pa (i32.add (local.get $ri) (i32.shl (i32.add (local.get $k) (i32.const 1)) (i32.const 3))))
            (local.set $pb (i32.add (local.get $rk) (i32.shl (i32.add (local.get $k) (i32.const 1)) (i32.const 3))))
            (local.set $end (i32.add (local.get $ri) (i32.shl (local.get $n) (i32.const 3))))
            (local.set $end2 (i32.sub (local.get $end) (i32.const 8)))
            (block $pairs_done
              (loop $pairs
                (br_if $pairs_done (i32.ge_u (local.get $pa) (local.get $end2)))
                (v128.store (local.get $pa)
                  (f64x2.sub (v128.load (local.get $pa)) (f64x2.mul (local.get $fv) (v128.load (local.get $pb)))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 16)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 16)))
                (br $pairs)))
            (if (i32.lt_u (local.get $pa) (local.get $end))
              (then (f64.store (local.get $pa)
                (f64.sub (f64.load (local.get $pa)) (f64.mul (local.get $f) (f64.load (local.get $pb)))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $below)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $elim)))
    (local.get $d)))
