;; weekday over an ISO date "YYYY-MM-DD": (ordinal + 6) mod 7; ordinal_str checks the text and the date.
(module
  (import "blocks" "ordinal_str" (func $ordinal_str (param i32) (result i64)))
  (func ${fn} (param $s i32) (result i64)
    (i64.rem_u (i64.add (call $ordinal_str (local.get $s)) (i64.const 6)) (i64.const 7))))
