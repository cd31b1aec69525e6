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

  (func $prime (param $p i64) (result i32)
    (local $d i64)
    (local.set $d (i64.const 2))
    (block $done
      (loop $next
        (br_if $done (i64.gt_s (i64.mul (local.get $d) (local.get $d)) (local.get $p)))
        (if (i64.eqz (i64.rem_u (local.get $p) (local.get $d))) (then (return (i32.const 0))))
        (local.set $d (i64.add (local.get $d) (i64.const 1)))
        (br $next)))
    (i32.const 1))

  (func (export "primes") (param $n i64) (result i32 i32)
    (local $out i32) (local $len i32) (local $p i64)
    (local.set $out (global.get $heap))
    (local.set $p (i64.const 2))
    (block $done
      (loop $next
        (br_if $done (i64.ge_s (local.get $p) (local.get $n)))
        (if (call $prime (local.get $p))
          (then
            (i64.store (call $alloc (i32.const 8)) (local.get $p))
            (local.set $len (i32.add (local.get $len) (i32.const 1)))))
        (local.set $p (i64.add (local.get $p) (i64.const 1)))
        (br $next)))
    (local.get $out) (local.get $len)))
