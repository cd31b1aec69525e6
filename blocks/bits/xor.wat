;; bxor: bitwise on the 64-bit two's complement values.
(module
  (func ${fn} (param $a i64) (param $b i64) (result i64)
    (i64.xor (local.get $a) (local.get $b))))
