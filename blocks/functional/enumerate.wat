;; enumerate: [(i, xs[i])]: one block of 16-byte tuples (index in slot 0, element in slot 1).
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $i i32) (local $out i32) (local $tup i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 4)))
    ;; n <= 0x10000000 here (rt_arr_alloc checked it), so 16n cannot wrap
    (local.set $tup (call $rt_alloc (i32.shl (local.get $n) (i32.const 4))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store (local.get $tup) (i64.extend_i32_u (local.get $i)))
        (i64.store offset=8 (local.get $tup) (i64.const 0))
        ({T.store} offset=8 (local.get $tup)
          ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh})))))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $tup))
        (local.set $tup (i32.add (local.get $tup) (i32.const 16)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
