;; isnull: null is the pointer 0.
(module
  (func ${fn} (param $x i32) (result i32)
    (i32.eqz (local.get $x))))
