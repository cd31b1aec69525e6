;; len of an any: a str's code points, a list's elements, a dict's keys (the first field of a list
;; and of a dict); anything else faults type (9).
(module
  (import "blocks" "len_str" (func $len_str (param i32) (result i64)))
  (import "rt" "rt_any_tag" (func $rt_any_tag (param i32) (result i32)))
  (func ${fn} (param $x i32) (result i64)
    (local $tag i32)
    (local.set $tag (call $rt_any_tag (local.get $x)))
    (if (i32.eq (local.get $tag) (i32.const 4)) (then (return (call $len_str (i32.load offset=8 (local.get $x))))))
    (if (i32.or (i32.eq (local.get $tag) (i32.const 5)) (i32.eq (local.get $tag) (i32.const 6)))
      (then (return (i64.extend_i32_u (i32.load (i32.load offset=8 (local.get $x)))))))
    (call $rt_fault (i32.const 9))
    (unreachable)))
