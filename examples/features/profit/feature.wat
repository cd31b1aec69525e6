(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "profit") (param $prices i32) (param $n i32) (result i64)
    (local $p i32) (local $end i32) (local $price i64) (local $low i64) (local $best i64)
    (local.set $p (local.get $prices))
    (local.set $end (i32.add (local.get $prices) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $low (i64.const 0x7fffffffffffffff))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $price (i64.load (local.get $p)))
        (if (i64.lt_s (local.get $price) (local.get $low)) (then (local.set $low (local.get $price))))
        (if (i64.gt_s (i64.sub (local.get $price) (local.get $low)) (local.get $best))
          (then (local.set $best (i64.sub (local.get $price) (local.get $low)))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $best)))
