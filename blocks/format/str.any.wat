;; str of an any: a str as it is; anything else as print shows it (runtime/any.wat's rt_any_show).
(module
  (import "rt" "rt_any_tag" (func $rt_any_tag (param i32) (result i32)))
  (import "rt" "rt_any_show" (func $rt_any_show (param i32 i32 i32)))
  (import "rt" "rt_sb_new" (func $rt_sb_new (result i32)))
  (import "rt" "rt_sb_finish" (func $rt_sb_finish (param i32) (result i32)))
  (func ${fn} (param $x i32) (result i32)
    (local $sb i32)
    (if (i32.eq (call $rt_any_tag (local.get $x)) (i32.const 4)) (then (return (i32.load offset=8 (local.get $x)))))
    (local.set $sb (call $rt_sb_new))
    (call $rt_any_show (local.get $sb) (local.get $x) (i32.const 0))
    (call $rt_sb_finish (local.get $sb))))
