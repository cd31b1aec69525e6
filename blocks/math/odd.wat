;; odd: the low bit is set.
(module
  (func ${fn} (param $n i64) (result i32)
    (i32.wrap_i64 (i64.and (local.get $n) (i64.const 1)))))
