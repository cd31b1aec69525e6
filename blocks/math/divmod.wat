;; divmod over int: truncating quotient and remainder, adjusted to floor when the remainder and b differ
;; in sign. b = -1 is done without div_s (which traps on INT64_MIN / -1): (-a wrapped, 0).
(module
  (func ${fn} (param $a i64) (param $b i64) (result i32)
    (local $q i64) (local $r i64) (local $out i32)
    (if (i64.eqz (local.get $b)) (then (call $rt_fault (i32.const 2)) (unreachable)))
    (if (i64.eq (local.get $b) (i64.const -1))
      (then (local.set $q (i64.sub (i64.const 0) (local.get $a))))
      (else
        (local.set $q (i64.div_s (local.get $a) (local.get $b)))
        (local.set $r (i64.sub (local.get $a) (i64.mul (local.get $q) (local.get $b))))
        (if (i32.and (i64.ne (local.get $r) (i64.const 0)) (i64.lt_s (i64.xor (local.get $r) (local.get $b)) (i64.const 0)))
          (then
            (local.set $q (i64.sub (local.get $q) (i64.const 1)))
            (local.set $r (i64.add (local.get $r) (local.get $b)))))))
    (local.set $out (call $rt_alloc (i32.const 16)))
    (i64.store (local.get $out) (local.get $q))
    (i64.store offset=8 (local.get $out) (local.get $r))
    (local.get $out)))
