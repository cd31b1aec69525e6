;; rowsums: one left-to-right sum per row, after checking the rows all have one length.
(module
  (func ${fn} (param $m i32) (result i32)
    (local $n i32) (local $c i32) (local $i i32) (local $out i32) (local $p i32) (local $end i32) (local $acc {T.w})
    (local.set $n (i32.load (local.get $m)))
    (if (local.get $n) (then (local.set $c (i32.load (i32.load offset=8 (local.get $m))))))
    (block $ok
      (loop $check
        (br_if $ok (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.load (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2))))) (local.get $c))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (i32.add (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 8)))
        (local.set $end (i32.add (local.get $p) (i32.shl (local.get $c) (i32.const 3))))
        (local.set $acc ({T.w}.const 0))
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $acc ({T.w}.add (local.get $acc) ({T.load} (local.get $p))))
            (local.set $p (i32.add (local.get $p) (i32.const 8)))
            (br $next)))
        ({T.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (local.get $acc))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (local.get $out)))
