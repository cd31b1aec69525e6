;; islist: tag 5 (runtime/any.wat).
(module
  (import "rt" "rt_any_tag" (func $rt_any_tag (param i32) (result i32)))
  (func ${fn} (param $x i32) (result i32)
    (i32.eq (call $rt_any_tag (local.get $x)) (i32.const 5))))
