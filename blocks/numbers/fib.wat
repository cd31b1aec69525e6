;; fib: fast doubling from the top bit of n with (a, b) = (F(k), F(k+1)):
;; F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2 — ring operations, so exact mod 2^64.
(module
  (func ${fn} (param $n i64) (result i64)
    (local $a i64) (local $b i64) (local $c i64) (local $d i64) (local $bit i64)
    (if (i64.lt_s (local.get $n) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.eqz (local.get $n)) (then (return (i64.const 0))))
    (local.set $b (i64.const 1))
    (local.set $bit (i64.shl (i64.const 1) (i64.sub (i64.const 63) (i64.clz (local.get $n)))))
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $bit)))
        (local.set $c (i64.mul (local.get $a) (i64.sub (i64.shl (local.get $b) (i64.const 1)) (local.get $a))))
        (local.set $d (i64.add (i64.mul (local.get $a) (local.get $a)) (i64.mul (local.get $b) (local.get $b))))
        (if (i64.eqz (i64.and (local.get $n) (local.get $bit)))
          (then (local.set $a (local.get $c)) (local.set $b (local.get $d)))
          (else (local.set $a (local.get $d)) (local.set $b (i64.add (local.get $c) (local.get $d)))))
        (local.set $bit (i64.shr_u (local.get $bit) (i64.const 1)))
        (br $next)))
    (local.get $a)))
