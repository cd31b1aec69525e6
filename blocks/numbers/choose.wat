;; choose: C(m, i) = C(m - 1, i - 1) * m / i for m = n - k + i, i = 1..k with k = min(k, n - k). The
;; division is exact, so it is done first: with g = gcd(r, i), r/g * (m / (i/g)). Every step's value is
;; <= C(n, k), so an overflow at any step means the result overflows. At most ~34 steps fit an int.
(module
  (import "blocks" "gcd" (func $gcd (param i64 i64) (result i64)))
  (func ${fn} (param $n i64) (param $k i64) (result i64)
    (local $r i64) (local $i i64) (local $g i64) (local $num i64)
    (if (i32.or (i64.lt_s (local.get $n) (i64.const 0)) (i64.lt_s (local.get $k) (i64.const 0)))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $k) (local.get $n)) (then (return (i64.const 0))))
    (if (i64.gt_s (local.get $k) (i64.sub (local.get $n) (local.get $k)))
      (then (local.set $k (i64.sub (local.get $n) (local.get $k)))))
    (local.set $r (i64.const 1))
    (local.set $i (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i64.gt_s (local.get $i) (local.get $k)))
        (local.set $g (call $gcd (local.get $r) (local.get $i)))
        (local.set $num (i64.div_u (i64.add (i64.sub (local.get $n) (local.get $k)) (local.get $i))
                                   (i64.div_u (local.get $i) (local.get $g))))
        (local.set $r (i64.div_u (local.get $r) (local.get $g)))
        (if (i64.gt_u (local.get $r) (i64.div_u (i64.const 0x7fffffffffffffff) (local.get $num)))
          (then (call $rt_fault (i32.const 6)) (unreachable)))
        (local.set $r (i64.mul (local.get $r) (local.get $num)))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $next)))
    (local.get $r)))
