(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "overdraft") (param $amounts i32) (param $n i32) (result i64)
    (local $i i32) (local $balance i64)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $balance (i64.add (local.get $balance)
          (i64.load (i32.add (local.get $amounts) (i32.shl (local.get $i) (i32.const 3))))))
        (if (i64.lt_s (local.get $balance) (i64.const 0))
          (then (return (i64.extend_i32_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.const -1)))
