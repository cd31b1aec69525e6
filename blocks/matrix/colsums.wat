;; colsums: adds the rows into one accumulator row, top to bottom, two columns at a time.
(module
  (func ${fn} (param $m i32) (result i32)
    (local $n i32) (local $c i32) (local $i i32) (local $out i32) (local $p i32) (local $q i32) (local $end i32) (local $end2 i32)
    (local.set $n (i32.load (local.get $m)))
    (if (local.get $n) (then (local.set $c (i32.load (i32.load offset=8 (local.get $m))))))
    (block $ok
      (loop $check
        (br_if $ok (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.load (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2))))) (local.get $c))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    (local.set $out (call $rt_arr_alloc (local.get $c) (i32.const 8)))
    (local.set $p (i32.add (local.get $out) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $c) (i32.const 3))))
    (block $zeroed
      (loop $zero
        (br_if $zeroed (i32.ge_u (local.get $p) (local.get $end)))
        (i64.store (local.get $p) (i64.const 0))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $zero)))
    (local.set $end2 (i32.add (i32.add (local.get $out) (i32.const 8)) (i32.shl (i32.and (local.get $c) (i32.const -2)) (i32.const 3))))
    (local.set $i (i32.const 0))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (i32.add (local.get $out) (i32.const 8)))
        (local.set $q (i32.add (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 8)))
        (block $pairs_done
          (loop $pairs
            (br_if $pairs_done (i32.ge_u (local.get $p) (local.get $end2)))
            (v128.store (local.get $p) ({T.w}x2.add (v128.load (local.get $p)) (v128.load (local.get $q))))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (local.set $q (i32.add (local.get $q) (i32.const 16)))
            (br $pairs)))
        (if (i32.lt_u (local.get $p) (local.get $end))
          (then ({T.store} (local.get $p) ({T.w}.add ({T.load} (local.get $p)) ({T.load} (local.get $q))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (local.get $out)))
