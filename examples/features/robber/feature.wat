(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "robber") (param $houses i32) (param $n i32) (result i64)
    (local $p i32) (local $end i32) (local $before i64) (local $best i64) (local $take i64)
    (local.set $p (local.get $houses))
    (local.set $end (i32.add (local.get $houses) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $take (i64.add (local.get $before) (i64.load (local.get $p))))
        (local.set $before (local.get $best))
        (if (i64.gt_s (local.get $take) (local.get $best)) (then (local.set $best (local.get $take))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $best)))
