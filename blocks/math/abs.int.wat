;; abs over int: (x xor s) - s with s = x >> 63; INT64_MIN wraps to itself.
(module
  (func ${fn} (param $x i64) (result i64)
    (local $s i64)
    (local.set $s (i64.shr_s (local.get $x) (i64.const 63)))
    (i64.sub (i64.xor (local.get $x) (local.get $s)) (local.get $s))))
