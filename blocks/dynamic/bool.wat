;; bool: Python's truth. A number is true when it is not 0 (NaN is true); a bool is itself; a str, a
;; list and a dict are true when their first field (a byte length, a length, a count) is not 0.
(module
  (import "rt" "rt_any_tag" (func $rt_any_tag (param i32) (result i32)))
  (func ${fn} (param $x i32) (result i32)
    (local $tag i32)
    (local.set $tag (call $rt_any_tag (local.get $x)))
    (if (i32.eqz (local.get $tag)) (then (return (i32.const 0))))
    (if (i32.eq (local.get $tag) (i32.const 2)) (then (return (i64.ne (i64.load offset=8 (local.get $x)) (i64.const 0)))))
    (if (i32.eq (local.get $tag) (i32.const 3)) (then (return (f64.ne (f64.load offset=8 (local.get $x)) (f64.const 0)))))
    (if (i32.eq (local.get $tag) (i32.const 1)) (then (return (i32.load offset=8 (local.get $x)))))
    (i32.ne (i32.load (i32.load offset=8 (local.get $x))) (i32.const 0))))
