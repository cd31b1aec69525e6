;; dot: sum of a[i] * b[i], left to right (the same order as a left fold, so floats match exactly).
(module
  (func ${fn} (param $a i32) (param $b i32) (result {T.w})
    (local $n i32) (local $i i32) (local $acc {T.w})
    (local.set $n (i32.load (local.get $a)))
    (if (i32.ne (local.get $n) (i32.load (local.get $b)))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc ({T.w}.add (local.get $acc)
          ({T.w}.mul
            ({T.load} offset=8 (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3))))
            ({T.load} offset=8 (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $acc)))
