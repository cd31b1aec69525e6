;; outer: out[i][j] = a[i] * b[j], two columns at a time.
(module
  (func ${fn} (param $a i32) (param $b i32) (result i32)
    (local $n i32) (local $p i32) (local $i i32) (local $out i32) (local $row i32) (local $x {T.w}) (local $xv v128)
    (local $pc i32) (local $pb i32) (local $end2 i32)
    (local.set $n (i32.load (local.get $a)))
    (local.set $p (i32.load (local.get $b)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 4)))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $row (call $rt_arr_alloc (local.get $p) (i32.const 8)))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $row))
        (local.set $x ({T.load} offset=8 (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $xv ({T.w}x2.splat (local.get $x)))
        (local.set $pc (i32.add (local.get $row) (i32.const 8)))
        (local.set $pb (i32.add (local.get $b) (i32.const 8)))
        (local.set $end2 (i32.add (local.get $pc) (i32.shl (i32.and (local.get $p) (i32.const -2)) (i32.const 3))))
        (block $pairs_done
          (loop $pairs
            (br_if $pairs_done (i32.ge_u (local.get $pc) (local.get $end2)))
            (v128.store (local.get $pc) ({T.w}x2.mul (local.get $xv) (v128.load (local.get $pb))))
            (local.set $pc (i32.add (local.get $pc) (i32.const 16)))
            (local.set $pb (i32.add (local.get $pb) (i32.const 16)))
            (br $pairs)))
        (if (i32.and (local.get $p) (i32.const 1))
          (then ({T.store} (local.get $pc) ({T.w}.mul (local.get $x) ({T.load} (local.get $pb))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (local.get $out)))
