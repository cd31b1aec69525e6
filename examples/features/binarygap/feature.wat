(module
  (func (export "binarygap") (param $n i64) (result i64)
    (local $zeros i64) (local $best i64)
    ;; drop the trailing zeros, then measure each run of zeros above a 1
    (if (i64.eqz (local.get $n)) (then (return (i64.const 0))))
    (local.set $n (i64.shr_u (local.get $n) (i64.ctz (local.get $n))))
    (loop $next
      (local.set $n (i64.shr_u (local.get $n) (i64.const 1)))
      (if (i64.ne (local.get $n) (i64.const 0))
        (then
          (local.set $zeros (i64.ctz (local.get $n)))
          (if (i64.gt_u (local.get $zeros) (local.get $best)) (then (local.set $best (local.get $zeros))))
          (local.set $n (i64.shr_u (local.get $n) (local.get $zeros)))
          (br $next))))
    (local.get $best)))
