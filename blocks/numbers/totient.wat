;; totient: n * prod (1 - 1/p) over the distinct primes of n (from the factors block), dividing before
;; multiplying so every step is exact.
(module
  (import "blocks" "factors" (func $factors (param i64) (result i32)))
  (func ${fn} (param $n i64) (result i64)
    (local $fs i32) (local $nf i32) (local $i i32) (local $p i64) (local $prev i64) (local $phi i64)
    (if (i64.lt_s (local.get $n) (i64.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $fs (call $factors (local.get $n)))
    (local.set $nf (i32.load (local.get $fs)))
    (local.set $phi (local.get $n))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $nf)))
        (local.set $p (i64.load offset=8 (i32.add (local.get $fs) (i32.shl (local.get $i) (i32.const 3)))))
        (if (i64.ne (local.get $p) (local.get $prev))
          (then (local.set $phi (i64.mul (i64.div_u (local.get $phi) (local.get $p)) (i64.sub (local.get $p) (i64.const 1))))))
        (local.set $prev (local.get $p))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $phi)))
