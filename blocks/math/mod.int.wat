;; mod over int: floor modulo (the sign of b); faults on b = 0. rem_s never traps (INT64_MIN rem -1 is 0).
(module
  (func ${fn} (param $a i64) (param $b i64) (result i64)
    (local $r i64)
    (if (i64.eqz (local.get $b)) (then (call $rt_fault (i32.const 2)) (unreachable)))
    (local.set $r (i64.rem_s (local.get $a) (local.get $b)))
    (if (i32.and (i64.ne (local.get $r) (i64.const 0)) (i64.lt_s (i64.xor (local.get $r) (local.get $b)) (i64.const 0)))
      (then (local.set $r (i64.add (local.get $r) (local.get $b)))))
    (local.get $r)))
