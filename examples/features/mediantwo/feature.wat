(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; the merge is walked up to its middle, keeping the last two values taken
  (func (export "mediantwo") (param $xs i32) (param $n i32) (param $ys i32) (param $m i32) (result f64)
    (local $total i32) (local $i i32) (local $j i32) (local $k i32) (local $prev i64) (local $cur i64)
    (local.set $total (i32.add (local.get $n) (local.get $m)))
    (block $done
      (loop $take
        (br_if $done (i32.gt_u (local.get $k) (i32.shr_u (local.get $total) (i32.const 1))))
        (local.set $prev (local.get $cur))
        (if (i32.or (i32.ge_u (local.get $j) (local.get $m))
                    (if (result i32) (i32.lt_u (local.get $i) (local.get $n))
                      (then (i64.le_s (i64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3))))
                                      (i64.load (i32.add (local.get $ys) (i32.shl (local.get $j) (i32.const 3))))))
                      (else (i32.const 0))))
          (then
            (local.set $cur (i64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1))))
          (else
            (local.set $cur (i64.load (i32.add (local.get $ys) (i32.shl (local.get $j) (i32.const 3)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $take)))
    (if (result f64) (i32.and (local.get $total) (i32.const 1))
      (then (f64.convert_i64_s (local.get $cur)))
      (else (f64.div (f64.convert_i64_s (i64.add (local.get $prev) (local.get $cur))) (f64.const 2))))))
