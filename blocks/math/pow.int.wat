;; pow over int: square and multiply, wrapping at 64 bits; a negative exponent faults (argument).
(module
  (func ${fn} (param $b i64) (param $e i64) (result i64)
    (local $r i64)
    (if (i64.lt_s (local.get $e) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $r (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $e)))
        (if (i32.wrap_i64 (i64.and (local.get $e) (i64.const 1)))
          (then (local.set $r (i64.mul (local.get $r) (local.get $b)))))
        (local.set $b (i64.mul (local.get $b) (local.get $b)))
        (local.set $e (i64.shr_u (local.get $e) (i64.const 1)))
        (br $next)))
    (local.get $r)))
