;; len of an array: its length field.
(module
  (func ${fn} (param $xs i32) (result i64)
    (i64.extend_i32_u (i32.load (local.get $xs)))))
