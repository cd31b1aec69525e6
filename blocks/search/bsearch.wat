;; bsearch on a sorted [int] or [str]: the index of the first element equal to x, or -1.
(module
  (func ${fn} (param $xs i32) (param $x {T.w}) (result i64)
    (local $i i32) (local $a {T.w})
    (local.set $i (call ${fn}__lower (local.get $xs) (local.get $x)))
    (if (i32.ge_u (local.get $i) (i32.load (local.get $xs))) (then (return (i64.const -1))))
    (local.set $a ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh})))))
    (local.get $a) (local.get $x) {T.eq}
    (if (result i64) (then (i64.extend_i32_u (local.get $i))) (else (i64.const -1))))

  ;; the first index whose element is not below x: binary search, halving [lo, hi)
  (func ${fn}__lower (param $xs i32) (param $x {T.w}) (result i32)
    (local $lo i32) (local $hi i32) (local $mid i32) (local $a {T.w})
    (local.set $hi (i32.load (local.get $xs)))
    (block $done
      (loop $halve
        (br_if $done (i32.ge_u (local.get $lo) (local.get $hi)))
        (local.set $mid (i32.shr_u (i32.add (local.get $lo) (local.get $hi)) (i32.const 1)))
        (local.set $a ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $mid) (i32.const {T.sh})))))
        (local.get $a) (local.get $x) {T.lt}
        (if (then (local.set $lo (i32.add (local.get $mid) (i32.const 1))))
            (else (local.set $hi (local.get $mid))))
        (br $halve)))
    (local.get $lo))
)
