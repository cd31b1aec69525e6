;; bitlen: 64 - clz(|n|), with |n| taken as unsigned (so |INT64_MIN| = 2^63 gives 64).
(module
  (func ${fn} (param $n i64) (result i64)
    (local $m i64)
    ;; m = 0 for n >= 0, -1 for n < 0; (n ^ m) - m is |n| (wrapping)
    (local.set $m (i64.shr_s (local.get $n) (i64.const 63)))
    (i64.sub (i64.const 64)
      (i64.clz (i64.sub (i64.xor (local.get $n) (local.get $m)) (local.get $m))))))
