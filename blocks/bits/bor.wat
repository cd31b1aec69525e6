;; bor: bitwise on the 64-bit two's complement values.
(module
  (func ${fn} (param $a i64) (param $b i64) (result i64)
    (i64.or (local.get $a) (local.get $b))))
