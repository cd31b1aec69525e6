;; lis: patience sorting. tails[k] is the smallest possible last element of an increasing
;; subsequence of length k + 1; each element replaces the first tail >= it (binary search).
;; Elements unequal to themselves (nan) are skipped: they can only stand alone.
(module
  (func ${fn} (param $xs i32) (result i64)
    (local $n i32) (local $i i32) (local $x {T.w}) (local $lo i32) (local $hi i32) (local $mid i32) (local $len i32)
    (local $tails i32) (local $c i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $tails (call $rt_alloc (i32.shl (local.get $n) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh})))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.get $x) (local.get $x) {T.ne}
        (br_if $next)
        (local.set $lo (i32.const 0))
        (local.set $hi (local.get $len))
        (block $found
          (loop $search
            (br_if $found (i32.ge_u (local.get $lo) (local.get $hi)))
            (local.set $mid (i32.shr_u (i32.add (local.get $lo) (local.get $hi)) (i32.const 1)))
            ({T.load} (i32.add (local.get $tails) (i32.shl (local.get $mid) (i32.const {T.sh}))))
            (local.get $x)
            {T.lt}
            (local.set $c)
            (if (local.get $c)
              (then (local.set $lo (i32.add (local.get $mid) (i32.const 1))))
              (else (local.set $hi (local.get $mid))))
            (br $search)))
        ({T.store} (i32.add (local.get $tails) (i32.shl (local.get $lo) (i32.const {T.sh}))) (local.get $x))
        (if (i32.eq (local.get $lo) (local.get $len)) (then (local.set $len (i32.add (local.get $len) (i32.const 1)))))
        (br $next)))
    ;; only nans: each is an increasing subsequence of one
    (if (i32.and (i32.eqz (local.get $len)) (i32.ne (local.get $n) (i32.const 0))) (then (local.set $len (i32.const 1))))
    (i64.extend_i32_u (local.get $len))))
