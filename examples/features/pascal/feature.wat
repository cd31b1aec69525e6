(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  ;; C(n, k) = C(n, k - 1) * (n - k + 1) / k
  (func (export "pascal") (param $n i64) (result i32 i32)
    (local $row i32) (local $p i32) (local $k i64)
    (local.set $row (call $alloc (i32.shl (i32.wrap_i64 (i64.add (local.get $n) (i64.const 1))) (i32.const 3))))
    (i64.store (local.get $row) (i64.const 1))
    (local.set $p (local.get $row))
    (local.set $k (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i64.gt_s (local.get $k) (local.get $n)))
        (i64.store offset=8 (local.get $p)
          (i64.div_u (i64.mul (i64.load (local.get $p)) (i64.add (i64.sub (local.get $n) (local.get $k)) (i64.const 1))) (local.get $k)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (local.set $k (i64.add (local.get $k) (i64.const 1)))
        (br $next)))
    (local.get $row) (i32.wrap_i64 (i64.add (local.get $n) (i64.const 1)))))
