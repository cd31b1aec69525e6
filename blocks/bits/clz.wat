;; clz: leading zero bits of the 64-bit value (64 for 0).
(module
  (func ${fn} (param $n i64) (result i64)
    (i64.clz (local.get $n))))
