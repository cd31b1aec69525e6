;; split with no separator: the words of s, like Python's s.split() (the words block).
(module
  (import "blocks" "words" (func $words (param i32) (result i32)))
  (func ${fn} (param $s i32) (result i32)
    (call $words (local.get $s))))
