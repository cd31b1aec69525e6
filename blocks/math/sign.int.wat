;; sign over int: (x > 0) - (x < 0).
(module
  (func ${fn} (param $x i64) (result i64)
    (i64.extend_i32_s
      (i32.sub (i64.gt_s (local.get $x) (i64.const 0)) (i64.lt_s (local.get $x) (i64.const 0))))))
