(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func (export "factorize") (param $n i64) (result i32 i32)
    (local $out i32) (local $len i32) (local $p i64)
    ;; at most 63 factors, written at the heap
    (local.set $out (global.get $heap))
    (global.set $heap (i32.add (local.get $out) (i32.const 512)))
    (local.set $p (i64.const 2))
    (block $done
      (loop $next
        (br_if $done (i64.gt_s (i64.mul (local.get $p) (local.get $p)) (local.get $n)))
        (block $divided
          (loop $divide
            (br_if $divided (i64.ne (i64.rem_s (local.get $n) (local.get $p)) (i64.const 0)))
            (i64.store (i32.add (local.get $out) (i32.shl (local.get $len) (i32.const 3))) (local.get $p))
            (local.set $len (i32.add (local.get $len) (i32.const 1)))
            (local.set $n (i64.div_s (local.get $n) (local.get $p)))
            (br $divide)))
        (local.set $p (i64.add (local.get $p) (i64.const 1)))
        (br $next)))
    (if (i64.gt_s (local.get $n) (i64.const 1))
      (then
        (i64.store (i32.add (local.get $out) (i32.shl (local.get $len) (i32.const 3))) (local.get $n))
        (local.set $len (i32.add (local.get $len) (i32.const 1)))))
    (local.get $out) (local.get $len)))
