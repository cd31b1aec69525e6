;; modinv: the extended Euclidean algorithm on (a mod m, m), tracking only the coefficient of a; the
;; coefficients stay within (-m, m), so nothing overflows.
(module
  (func ${fn} (param $a i64) (param $m i64) (result i64)
    (local $r0 i64) (local $r1 i64) (local $s0 i64) (local $s1 i64) (local $q i64) (local $t i64)
    (if (i64.lt_s (local.get $m) (i64.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.eq (local.get $m) (i64.const 1)) (then (return (i64.const 0))))
    (local.set $r0 (i64.rem_s (local.get $a) (local.get $m)))
    (if (i64.lt_s (local.get $r0) (i64.const 0)) (then (local.set $r0 (i64.add (local.get $r0) (local.get $m)))))
    (local.set $r1 (local.get $m))
    (local.set $s0 (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $r1)))
        (local.set $q (i64.div_u (local.get $r0) (local.get $r1)))
        (local.set $t (i64.sub (local.get $r0) (i64.mul (local.get $q) (local.get $r1))))
        (local.set $r0 (local.get $r1))
        (local.set $r1 (local.get $t))
        (local.set $t (i64.sub (local.get $s0) (i64.mul (local.get $q) (local.get $s1))))
        (local.set $s0 (local.get $s1))
        (local.set $s1 (local.get $t))
        (br $next)))
    (if (i64.ne (local.get $r0) (i64.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.lt_s (local.get $s0) (i64.const 0)) (then (local.set $s0 (i64.add (local.get $s0) (local.get $m)))))
    (local.get $s0)))
