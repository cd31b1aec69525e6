;; list: the [any] a list cell holds (tag 5); anything else faults type (9).
(module
  (import "rt" "rt_any_as" (func $rt_any_as (param i32 i32) (result i32)))
  (func ${fn} (param $x i32) (result i32)
    (call $rt_any_as (local.get $x) (i32.const 5))))
