;; int over bool: 1 or 0.
(module
  (func ${fn} (param $b i32) (result i64)
    (i64.extend_i32_u (local.get $b))))
