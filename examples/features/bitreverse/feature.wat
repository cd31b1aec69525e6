(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "bitreverse") (param $n i64) (result i64)
    (local $x i32) (local $r i32) (local $i i32)
    (local.set $x (i32.wrap_i64 (local.get $n)))
    (loop $next
      (local.set $r (i32.or (i32.shl (local.get $r) (i32.const 1)) (i32.and (local.get $x) (i32.const 1))))
      (local.set $x (i32.shr_u (local.get $x) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 32))))
    (i64.extend_i32_u (local.get $r))))
