;; diagonal: m[i][i] for i < min(rows, cols), after checking the rows all have one length.
(module
  (func ${fn} (param $m i32) (result i32)
    (local $n i32) (local $c i32) (local $i i32) (local $out i32)
    (local.set $n (i32.load (local.get $m)))
    (if (local.get $n) (then (local.set $c (i32.load (i32.load offset=8 (local.get $m))))))
    (block $ok
      (loop $check
        (br_if $ok (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.load (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2))))) (local.get $c))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    (if (i32.lt_u (local.get $c) (local.get $n)) (then (local.set $n (local.get $c))))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {T.s})))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ({T.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const {T.sh})))
          ({T.load} offset=8 (i32.add
            (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2))))
            (i32.shl (local.get $i) (i32.const {T.sh})))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
