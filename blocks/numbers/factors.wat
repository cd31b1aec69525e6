;; factors: trial division by 2 and the odd numbers below 1000, then for what remains (if composite)
;; Pollard's rho with Brent's cycle finding and batched gcds, in Montgomery arithmetic (R = 2^64);
;; primality by the prime block (deterministic Miller-Rabin). At most 63 factors, sorted at the end.
(module
  (import "blocks" "prime" (func $prime (param i64) (result i32)))
  (import "blocks" "gcd" (func $gcd (param i64 i64) (result i64)))
  ;; the high 64 bits of the 128-bit product of a and b (unsigned), from 32-bit halves
  (func ${fn}__mulhi (param $a i64) (param $b i64) (result i64)
    (local $a0 i64) (local $a1 i64) (local $b0 i64) (local $b1 i64) (local $p01 i64) (local $p10 i64) (local $mid i64)
    (local.set $a0 (i64.and (local.get $a) (i64.const 0xffffffff)))
    (local.set $a1 (i64.shr_u (local.get $a) (i64.const 32)))
    (local.set $b0 (i64.and (local.get $b) (i64.const 0xffffffff)))
    (local.set $b1 (i64.shr_u (local.get $b) (i64.const 32)))
    (local.set $p01 (i64.mul (local.get $a0) (local.get $b1)))
    (local.set $p10 (i64.mul (local.get $a1) (local.get $b0)))
    (local.set $mid (i64.add (i64.add (i64.shr_u (i64.mul (local.get $a0) (local.get $b0)) (i64.const 32))
                                      (i64.and (local.get $p01) (i64.const 0xffffffff)))
                             (i64.and (local.get $p10) (i64.const 0xffffffff))))
    (i64.add (i64.add (i64.mul (local.get $a1) (local.get $b1)) (i64.shr_u (local.get $p01) (i64.const 32)))
             (i64.add (i64.shr_u (local.get $p10) (i64.const 32)) (i64.shr_u (local.get $mid) (i64.const 32)))))
  ;; Montgomery arithmetic modulo an odd n with R = 2^64: ninv = n^-1 mod 2^64, values kept as x*R mod n.
  (func ${fn}__ninv (param $n i64) (result i64)
    (local $inv i64) (local $i i32)
    ;; n*n = 1 mod 8 for odd n: 3 good bits, doubled by each Newton step
    (local.set $inv (local.get $n))
    (loop $next
      (local.set $inv (i64.mul (local.get $inv) (i64.sub (i64.const 2) (i64.mul (local.get $n) (local.get $inv)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 5))))
    (local.get $inv))
  ;; a*b/R mod n for a, b < n
  (func ${fn}__mont (param $a i64) (param $b i64) (param $n i64) (param $ninv i64) (result i64)
    (local $hi i64) (local $mh i64)
    (local.set $hi (call ${fn}__mulhi (local.get $a) (local.get $b)))
    (local.set $mh (call ${fn}__mulhi (i64.mul (i64.mul (local.get $a) (local.get $b)) (local.get $ninv)) (local.get $n)))
    (if (result i64) (i64.lt_u (local.get $hi) (local.get $mh))
      (then (i64.add (i64.sub (local.get $hi) (local.get $mh)) (local.get $n)))
      (else (i64.sub (local.get $hi) (local.get $mh)))))
  ;; x + y mod n for x, y < n
  (func ${fn}__addmod (param $x i64) (param $y i64) (param $n i64) (result i64)
    (local $s i64)
    (local.set $s (i64.add (local.get $x) (local.get $y)))
    (if (result i64) (i32.or (i64.lt_u (local.get $s) (local.get $x)) (i64.ge_u (local.get $s) (local.get $n)))
      (then (i64.sub (local.get $s) (local.get $n)))
      (else (local.get $s))))
  ;; R^2 mod n, by doubling R mod n 64 times
  (func ${fn}__r2 (param $n i64) (result i64)
    (local $r i64) (local $i i32)
    (local.set $r (i64.rem_u (i64.sub (i64.const 0) (local.get $n)) (local.get $n)))
    (loop $next
      (local.set $r (call ${fn}__addmod (local.get $r) (local.get $r) (local.get $n)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 64))))
    (local.get $r))
  ;; a nontrivial factor of the odd composite n (which has no prime factor below 1000)
  (func ${fn}__rho (param $n i64) (result i64)
    (local $ninv i64) (local $c i64) (local $x i64) (local $y i64) (local $ys i64) (local $q i64) (local $g i64)
    (local $r i64) (local $k i64) (local $i i64) (local $lim i64) (local $one i64)
    (local.set $ninv (call ${fn}__ninv (local.get $n)))
    (local.set $one (i64.rem_u (i64.sub (i64.const 0) (local.get $n)) (local.get $n)))
    (local.set $c (i64.const 1))
    (loop $tryc
      (local.set $y (i64.const 2))
      (local.set $g (i64.const 1))
      (local.set $r (i64.const 1))
      (local.set $q (local.get $one))
      (block $found
        (loop $outer
          (local.set $x (local.get $y))
          (local.set $i (i64.const 0))
          (block $done
            (loop $next
              (br_if $done (i64.ge_u (local.get $i) (local.get $r)))
              (local.set $y (call ${fn}__addmod (call ${fn}__mont (local.get $y) (local.get $y) (local.get $n) (local.get $ninv)) (local.get $c) (local.get $n)))
              (local.set $i (i64.add (local.get $i) (i64.const 1)))
              (br $next)))
          (local.set $k (i64.const 0))
          (loop $batch
            (local.set $ys (local.get $y))
            (local.set $lim (i64.sub (local.get $r) (local.get $k)))
            (if (i64.gt_u (local.get $lim) (i64.const 128)) (then (local.set $lim (i64.const 128))))
            (local.set $i (i64.const 0))
            (block $done
              (loop $next
                (br_if $done (i64.ge_u (local.get $i) (local.get $lim)))
                (local.set $y (call ${fn}__addmod (call ${fn}__mont (local.get $y) (local.get $y) (local.get $n) (local.get $ninv)) (local.get $c) (local.get $n)))
                (local.set $q (call ${fn}__mont (local.get $q)
                  (select (i64.sub (local.get $x) (local.get $y)) (i64.sub (local.get $y) (local.get $x)) (i64.gt_u (local.get $x) (local.get $y)))
                  (local.get $n) (local.get $ninv)))
                (local.set $i (i64.add (local.get $i) (i64.const 1)))
                (br $next)))
            (local.set $g (call $gcd (local.get $q) (local.get $n)))
            (local.set $k (i64.add (local.get $k) (i64.const 128)))
            (br_if $found (i64.ne (local.get $g) (i64.const 1)))
            (br_if $batch (i64.lt_u (local.get $k) (local.get $r))))
          (local.set $r (i64.shl (local.get $r) (i64.const 1)))
          (br $outer)))
      ;; the batch overshot (q became 0 mod n): redo its steps one at a time
      (if (i64.eq (local.get $g) (local.get $n))
        (then
          (loop $step
            (local.set $ys (call ${fn}__addmod (call ${fn}__mont (local.get $ys) (local.get $ys) (local.get $n) (local.get $ninv)) (local.get $c) (local.get $n)))
            (local.set $g (call $gcd
              (select (i64.sub (local.get $x) (local.get $ys)) (i64.sub (local.get $ys) (local.get $x)) (i64.gt_u (local.get $x) (local.get $ys)))
              (local.get $n)))
            (br_if $step (i64.eq (local.get $g) (i64.const 1))))))
      (if (i64.ne (local.get $g) (local.get $n)) (then (return (local.get $g))))
      ;; failed with this c: try the next
      (local.set $c (i64.add (local.get $c) (i64.const 1)))
      (br $tryc))
    (unreachable))

  (func ${fn} (param $n i64) (result i32)
    (local $out i32) (local $cnt i32) (local $stack i32) (local $sp i32) (local $d i64) (local $m i64) (local $f i64)
    (local $i i32) (local $j i32) (local $v i64) (local $k i64)
    (if (i64.lt_s (local.get $n) (i64.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    ;; room for the 63 factors a 64-bit number can have; the length is set at the end
    (local.set $out (call $rt_arr_alloc (i32.const 64) (i32.const 8)))
    ;; powers of two
    (local.set $k (i64.ctz (local.get $n)))
    (local.set $n (i64.shr_u (local.get $n) (local.get $k)))
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $k)))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $cnt) (i32.const 3))) (i64.const 2))
        (local.set $cnt (i32.add (local.get $cnt) (i32.const 1)))
        (local.set $k (i64.sub (local.get $k) (i64.const 1)))
        (br $next)))
    ;; odd trial divisors below 1000
    (local.set $d (i64.const 3))
    (block $done
      (loop $next
        (br_if $done (i64.gt_u (i64.mul (local.get $d) (local.get $d)) (local.get $n)))
        (br_if $done (i64.gt_u (local.get $d) (i64.const 1000)))
        (if (i64.eqz (i64.rem_u (local.get $n) (local.get $d)))
          (then
            (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $cnt) (i32.const 3))) (local.get $d))
            (local.set $cnt (i32.add (local.get $cnt) (i32.const 1)))
            (local.set $n (i64.div_u (local.get $n) (local.get $d)))
            (br $next)))
        (local.set $d (i64.add (local.get $d) (i64.const 2)))
        (br $next)))
    (if (i64.gt_u (local.get $n) (i64.const 1))
      (then
        (if (i64.gt_u (i64.mul (local.get $d) (local.get $d)) (local.get $n))
          (then
            ;; what is left has no factor up to its square root: prime
            (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $cnt) (i32.const 3))) (local.get $n))
            (local.set $cnt (i32.add (local.get $cnt) (i32.const 1))))
          (else
            ;; split with rho until every piece is prime
            (local.set $stack (call $rt_alloc (i32.const 512)))
            (i64.store (local.get $stack) (local.get $n))
            (local.set $sp (i32.const 1))
            (block $done
              (loop $next
                (br_if $done (i32.eqz (local.get $sp)))
                (local.set $sp (i32.sub (local.get $sp) (i32.const 1)))
                (local.set $m (i64.load (i32.add (local.get $stack) (i32.shl (local.get $sp) (i32.const 3)))))
                (if (call $prime (local.get $m))
                  (then
                    (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $cnt) (i32.const 3))) (local.get $m))
                    (local.set $cnt (i32.add (local.get $cnt) (i32.const 1))))
                  (else
                    (local.set $f (call ${fn}__rho (local.get $m)))
                    (i64.store (i32.add (local.get $stack) (i32.shl (local.get $sp) (i32.const 3))) (local.get $f))
                    (i64.store offset=8 (i32.add (local.get $stack) (i32.shl (local.get $sp) (i32.const 3))) (i64.div_u (local.get $m) (local.get $f)))
                    (local.set $sp (i32.add (local.get $sp) (i32.const 2)))))
                (br $next)))))))
    ;; insertion sort (rho finds factors in any order)
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $cnt)))
        (local.set $v (i64.load offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $j (local.get $i))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $j)))
            (br_if $placed (i64.le_u (i64.load (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3)))) (local.get $v)))
            (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3)))
              (i64.load (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3)))))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $shift)))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3))) (local.get $v))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.store (local.get $out) (local.get $cnt))
    (local.get $out))
)
