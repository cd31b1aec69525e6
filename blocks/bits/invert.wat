;; bnot: all 64 bits flipped.
(module
  (func ${fn} (param $n i64) (result i64)
    (i64.xor (local.get $n) (i64.const -1))))
