;; contains in an any, as Python's `in`: among a list's elements, a dict's keys (a key that is not a
;; str is not there), or a str's substrings (then v must be a str); anything else faults type (9).
(module
  (import "blocks" "contains_arr_any2" (func $contains_arr_any2 (param i32 i32) (result i32)))
  (import "blocks" "contains_str2" (func $contains_str2 (param i32 i32) (result i32)))
  (import "rt" "rt_any_tag" (func $rt_any_tag (param i32) (result i32)))
  (import "rt" "rt_any_as" (func $rt_any_as (param i32 i32) (result i32)))
  (func ${fn} (param $x i32) (param $v i32) (result i32)
    (local $tag i32)
    (local.set $tag (call $rt_any_tag (local.get $x)))
    (if (i32.eq (local.get $tag) (i32.const 5))
      (then (return (call $contains_arr_any2 (i32.load offset=8 (local.get $x)) (local.get $v)))))
    (if (i32.eq (local.get $tag) (i32.const 6))
      (then
        (if (i32.ne (call $rt_any_tag (local.get $v)) (i32.const 4)) (then (return (i32.const 0))))
        (return (i32.ge_s (call $rt_map_find (i32.load offset=8 (local.get $x)) (i32.const 1)
          (i64.extend_i32_u (i32.load offset=8 (local.get $v)))) (i32.const 0)))))
    (call $contains_str2 (call $rt_any_as (local.get $x) (i32.const 4)) (call $rt_any_as (local.get $v) (i32.const 4)))))
