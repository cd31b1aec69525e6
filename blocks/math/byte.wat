;; byte: n modulo 256 (two's complement keeps the low 8 bits of a negative n too, as Uint8Array does).
(module
  (func ${fn} (param $n i64) (result i32)
    (i32.and (i32.wrap_i64 (local.get $n)) (i32.const 255))))
