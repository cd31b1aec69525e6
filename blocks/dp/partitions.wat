;; partitions: p(0..n) by Euler's pentagonal number recurrence, O(n^1.5); arithmetic mod 2^64 is a
;; ring, so the wrapped recurrence gives p(n) mod 2^64 exactly.
(module
  (func ${fn} (param $n64 i64) (result i64)
    (local $n i32) (local $m i32) (local $k i32) (local $g i32) (local $t i32) (local $s i64) (local $tab i32)
    (if (i64.lt_s (local.get $n64) (i64.const 0)) (then (return (i64.const 0))))
    (if (i64.gt_s (local.get $n64) (i64.const 0x08000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $tab (call $rt_alloc (i32.shl (i32.add (local.get $n) (i32.const 1)) (i32.const 3))))
    (i64.store (local.get $tab) (i64.const 1))
    (local.set $m (i32.const 1))
    (block $all
      (loop $each
        (br_if $all (i32.gt_u (local.get $m) (local.get $n)))
        (local.set $s (i64.const 0))
        (local.set $k (i32.const 1))
        ;; g = k(3k-1)/2 and g + k = k(3k+1)/2; signs +, +, -, -, +, + ...
        (local.set $g (i32.const 1))
        (block $terms_done
          (loop $terms
            (br_if $terms_done (i32.gt_u (local.get $g) (local.get $m)))
            (local.set $t (i32.add (local.get $tab) (i32.shl (i32.sub (local.get $m) (local.get $g)) (i32.const 3))))
            (if (i32.and (local.get $k) (i32.const 1))
              (then
                (local.set $s (i64.add (local.get $s) (i64.load (local.get $t))))
                (if (i32.le_u (i32.add (local.get $g) (local.get $k)) (local.get $m))
                  (then (local.set $s (i64.add (local.get $s)
                    (i64.load (i32.sub (local.get $t) (i32.shl (local.get $k) (i32.const 3)))))))))
              (else
                (local.set $s (i64.sub (local.get $s) (i64.load (local.get $t))))
                (if (i32.le_u (i32.add (local.get $g) (local.get $k)) (local.get $m))
                  (then (local.set $s (i64.sub (local.get $s)
                    (i64.load (i32.sub (local.get $t) (i32.shl (local.get $k) (i32.const 3))))))))))
            ;; next pentagonal: g(k+1) = g(k) + 3k + 1
            (local.set $g (i32.add (local.get $g) (i32.add (i32.mul (local.get $k) (i32.const 3)) (i32.const 1))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $terms)))
        (i64.store (i32.add (local.get $tab) (i32.shl (local.get $m) (i32.const 3))) (local.get $s))
        (local.set $m (i32.add (local.get $m) (i32.const 1)))
        (br $each)))
    (i64.load (i32.add (local.get $tab) (i32.shl (local.get $n) (i32.const 3))))))
