;; nearest on a sorted [int]: the element closest to x, the smaller on ties; the distances
;; x - xs[i-1] and xs[i] - x are exact as unsigned 64-bit differences.
(module
  (func ${fn} (param $xs i32) (param $x i64) (result i64)
    (local $n i32) (local $i i32) (local $lo i64) (local $hi i64)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $i (call ${fn}__lower (local.get $xs) (local.get $x)))
    (if (i32.eqz (local.get $i)) (then (return (i64.load offset=8 (local.get $xs)))))
    (if (i32.ge_u (local.get $i) (local.get $n))
      (then (return (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 3)))))))
    (local.set $hi (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
    (local.set $lo (i64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
    (select (local.get $hi) (local.get $lo)
      (i64.lt_u (i64.sub (local.get $hi) (local.get $x)) (i64.sub (local.get $x) (local.get $lo)))))
  ;; the first index whose element is not below x: binary search, halving [lo, hi)
  (func ${fn}__lower (param $xs i32) (param $x i64) (result i32)
    (local $lo i32) (local $hi i32) (local $mid i32) (local $a i64)
    (local.set $hi (i32.load (local.get $xs)))
    (block $done
      (loop $halve
        (br_if $done (i32.ge_u (local.get $lo) (local.get $hi)))
        (local.set $mid (i32.shr_u (i32.add (local.get $lo) (local.get $hi)) (i32.const 1)))
        (local.set $a (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $mid) (i32.const 3)))))
        (local.get $a) (local.get $x) i64.lt_s
        (if (then (local.set $lo (i32.add (local.get $mid) (i32.const 1))))
            (else (local.set $hi (local.get $mid))))
        (br $halve)))
    (local.get $lo))
)
