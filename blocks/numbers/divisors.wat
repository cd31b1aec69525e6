;; divisors: from the factorization (the factors block), every product of prime powers — one per
;; combination of exponents — then heapsort ascending.
(module
  (import "blocks" "factors" (func $factors (param i64) (result i32)))
  ;; restore the max-heap property below root in a[0..end)
  (func ${fn}__sift (param $a i32) (param $root i32) (param $end i32)
    (local $child i32) (local $x i64) (local $y i64)
    (block $done
      (loop $next
        (local.set $child (i32.add (i32.shl (local.get $root) (i32.const 1)) (i32.const 1)))
        (br_if $done (i32.ge_u (local.get $child) (local.get $end)))
        (if (i32.lt_u (i32.add (local.get $child) (i32.const 1)) (local.get $end))
          (then
            (if (i64.lt_s (i64.load (i32.add (local.get $a) (i32.shl (local.get $child) (i32.const 3))))
                          (i64.load offset=8 (i32.add (local.get $a) (i32.shl (local.get $child) (i32.const 3)))))
              (then (local.set $child (i32.add (local.get $child) (i32.const 1)))))))
        (local.set $x (i64.load (i32.add (local.get $a) (i32.shl (local.get $root) (i32.const 3)))))
        (local.set $y (i64.load (i32.add (local.get $a) (i32.shl (local.get $child) (i32.const 3)))))
        (br_if $done (i64.ge_s (local.get $x) (local.get $y)))
        (i64.store (i32.add (local.get $a) (i32.shl (local.get $root) (i32.const 3))) (local.get $y))
        (i64.store (i32.add (local.get $a) (i32.shl (local.get $child) (i32.const 3))) (local.get $x))
        (local.set $root (local.get $child))
        (br $next))))
  (func ${fn} (param $n i64) (result i32)
    (local $fs i32) (local $nf i32) (local $count i32) (local $i i32) (local $e i32) (local $out i32) (local $a i32)
    (local $len i32) (local $cur i32) (local $j i32) (local $t i32) (local $p i64) (local $pk i64) (local $x i64)
    (if (i64.lt_s (local.get $n) (i64.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $fs (call $factors (local.get $n)))
    (local.set $nf (i32.load (local.get $fs)))
    ;; count = product of (multiplicity + 1)
    (local.set $count (i32.const 1))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $nf)))
        (local.set $p (i64.load offset=8 (i32.add (local.get $fs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $e (i32.const 0))
        (block $run
          (loop $more
            (br_if $run (i32.ge_u (local.get $i) (local.get $nf)))
            (br_if $run (i64.ne (i64.load offset=8 (i32.add (local.get $fs) (i32.shl (local.get $i) (i32.const 3)))) (local.get $p)))
            (local.set $e (i32.add (local.get $e) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $more)))
        (local.set $count (i32.mul (local.get $count) (i32.add (local.get $e) (i32.const 1))))
        (br $next)))
    (local.set $out (call $rt_arr_alloc (local.get $count) (i32.const 8)))
    (local.set $a (i32.add (local.get $out) (i32.const 8)))
    (i64.store (local.get $a) (i64.const 1))
    (local.set $len (i32.const 1))
    ;; for each prime p^e: append every divisor so far times p, p^2, ..., p^e
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $nf)))
        (local.set $p (i64.load offset=8 (i32.add (local.get $fs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $cur (local.get $len))
        (local.set $pk (i64.const 1))
        (block $run
          (loop $more
            (br_if $run (i32.ge_u (local.get $i) (local.get $nf)))
            (br_if $run (i64.ne (i64.load offset=8 (i32.add (local.get $fs) (i32.shl (local.get $i) (i32.const 3)))) (local.get $p)))
            (local.set $pk (i64.mul (local.get $pk) (local.get $p)))
            (local.set $j (i32.const 0))
            (block $copied
              (loop $copy
                (br_if $copied (i32.ge_u (local.get $j) (local.get $cur)))
                (i64.store (i32.add (local.get $a) (i32.shl (local.get $len) (i32.const 3)))
                  (i64.mul (i64.load (i32.add (local.get $a) (i32.shl (local.get $j) (i32.const 3)))) (local.get $pk)))
                (local.set $len (i32.add (local.get $len) (i32.const 1)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $copy)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $more)))
        (br $next)))
    ;; heapsort ascending
    (local.set $t (i32.shr_u (local.get $count) (i32.const 1)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $t)))
        (local.set $t (i32.sub (local.get $t) (i32.const 1)))
        (call ${fn}__sift (local.get $a) (local.get $t) (local.get $count))
        (br $next)))
    (local.set $t (local.get $count))
    (block $done
      (loop $next
        (br_if $done (i32.le_u (local.get $t) (i32.const 1)))
        (local.set $t (i32.sub (local.get $t) (i32.const 1)))
        (local.set $x (i64.load (local.get $a)))
        (i64.store (local.get $a) (i64.load (i32.add (local.get $a) (i32.shl (local.get $t) (i32.const 3)))))
        (i64.store (i32.add (local.get $a) (i32.shl (local.get $t) (i32.const 3))) (local.get $x))
        (call ${fn}__sift (local.get $a) (i32.const 0) (local.get $t))
        (br $next)))
    (local.get $out)))
