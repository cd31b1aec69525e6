;; len of a map: its count field.
(module
  (func ${fn} (param $m i32) (result i64)
    (i64.extend_i32_u (i32.load (local.get $m)))))
