;; even: the low bit is clear.
(module
  (func ${fn} (param $n i64) (result i32)
    (i64.eqz (i64.and (local.get $n) (i64.const 1)))))
