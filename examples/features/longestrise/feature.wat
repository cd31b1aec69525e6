(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "longestrise") (param $xs i32) (param $n i32) (result i64)
    (local $i i32) (local $x i64) (local $prev i64) (local $run i64) (local $best i64)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $run (select (i64.add (local.get $run) (i64.const 1)) (i64.const 1)
                                (i32.and (i32.ne (local.get $i) (i32.const 0)) (i64.gt_s (local.get $x) (local.get $prev)))))
        (if (i64.gt_u (local.get $run) (local.get $best)) (then (local.set $best (local.get $run))))
        (local.set $prev (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $best)))
