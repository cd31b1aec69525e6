;; matmul: row-major a (n×m) times b (m×p). Loop order i, k, j: each output row accumulates
;; a[i][k] * b[k][*] for k ascending, two lanes at a time, so every entry is summed in k order.
(module
  ;; the column count of a matrix (0 without rows); faults on ragged rows
  (func ${fn}__cols (param $m i32) (result i32)
    (local $n i32) (local $c i32) (local $i i32)
    (local.set $n (i32.load (local.get $m)))
    (if (i32.eqz (local.get $n)) (then (return (i32.const 0))))
    (local.set $c (i32.load (i32.load offset=8 (local.get $m))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.load (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2))))) (local.get $c))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $c))

  (func ${fn} (param $a i32) (param $b i32) (result i32)
    (local $n i32) (local $m i32) (local $p i32) (local $i i32) (local $k i32) (local $j i32)
    (local $out i32) (local $row i32) (local $arow i32) (local $brow i32) (local $x {T.w}) (local $xv v128)
    (local $pc i32) (local $pb i32) (local $end2 i32)
    (local.set $n (i32.load (local.get $a)))
    (local.set $m (call ${fn}__cols (local.get $a)))
    (local.set $p (call ${fn}__cols (local.get $b)))
    (if (i32.and (i32.ne (local.get $n) (i32.const 0)) (i32.ne (local.get $m) (i32.load (local.get $b))))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 4)))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $row (call $rt_arr_alloc (local.get $p) (i32.const 8)))
        (local.set $pc (i32.add (local.get $row) (i32.const 8)))
        (local.set $end2 (i32.add (local.get $pc) (i32.shl (local.get $p) (i32.const 3))))
        (block $zeroed
          (loop $zero
            (br_if $zeroed (i32.ge_u (local.get $pc) (local.get $end2)))
            (i64.store (local.get $pc) (i64.const 0))
            (local.set $pc (i32.add (local.get $pc) (i32.const 8)))
            (br $zero)))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $row))
        (local.set $arow (i32.load offset=8 (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $k (i32.const 0))
        (block $ks_done
          (loop $ks
            (br_if $ks_done (i32.ge_u (local.get $k) (local.get $m)))
            (local.set $x ({T.load} offset=8 (i32.add (local.get $arow) (i32.shl (local.get $k) (i32.const 3)))))
            (local.set $xv ({T.w}x2.splat (local.get $x)))
            (local.set $brow (i32.load offset=8 (i32.add (local.get $b) (i32.shl (local.get $k) (i32.const 2)))))
            (local.set $pc (i32.add (local.get $row) (i32.const 8)))
            (local.set $pb (i32.add (local.get $brow) (i32.const 8)))
            (local.set $end2 (i32.add (local.get $pc) (i32.shl (i32.and (local.get $p) (i32.const -2)) (i32.const 3))))
            (block $pairs_done
              (loop $pairs
                (br_if $pairs_done (i32.ge_u (local.get $pc) (local.get $end2)))
                (v128.store (local.get $pc)
                  ({T.w}x2.add (v128.load (local.get $pc)) ({T.w}x2.mul (local.get $xv) (v128.load (local.get $pb)))))
                (local.set $pc (i32.add (local.get $pc) (i32.const 16)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 16)))
                (br $pairs)))
            (if (i32.and (local.get $p) (i32.const 1))
              (then ({T.store} (local.get $pc)
                ({T.w}.add ({T.load} (local.get $pc)) ({T.w}.mul (local.get $x) ({T.load} (local.get $pb)))))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $ks)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (local.get $out)))
