;; str of a bool: "true" or "false".
(module
  (func ${fn} (param $b i32) (result i32)
    (local $s i32)
    (if (result i32) (local.get $b)
      (then
        (local.set $s (call $rt_str_alloc (i32.const 4)))
        (i32.store offset=8 (local.get $s) (i32.const 0x65757274)) ;; "true"
        (local.get $s))
      (else
        (local.set $s (call $rt_str_alloc (i32.const 5)))
        (i32.store offset=8 (local.get $s) (i32.const 0x736c6166)) ;; "fals"
        (i32.store8 offset=12 (local.get $s) (i32.const 0x65))     ;; "e"
        (local.get $s)))))
