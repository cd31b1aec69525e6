;; rotl: 64-bit rotation; wasm takes the count mod 64, which is right for any (even negative) k.
(module
  (func ${fn} (param $n i64) (param $k i64) (result i64)
    (i64.rotl (local.get $n) (local.get $k))))
