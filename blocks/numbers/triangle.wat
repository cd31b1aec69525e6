;; triangle: n(n + 1)/2 with the halving done before the (wrapping) product, so it is exact mod 2^64:
;; (n >> 1) * (n + 1) for even n, n * ((n >> 1) + 1) for odd n.
(module
  (func ${fn} (param $n i64) (result i64)
    (if (result i64) (i64.eqz (i64.and (local.get $n) (i64.const 1)))
      (then (i64.mul (i64.shr_s (local.get $n) (i64.const 1)) (i64.add (local.get $n) (i64.const 1))))
      (else (i64.mul (local.get $n) (i64.add (i64.shr_s (local.get $n) (i64.const 1)) (i64.const 1)))))))
