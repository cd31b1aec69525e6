;; float of an any: what float does to the value held (an int converted, a float as it is, a str
;; parsed, a bool 0.0 or 1.0); null, a list or a dict faults type (9).
(module
  (import "blocks" "float_str" (func $float_str (param i32) (result f64)))
  (import "rt" "rt_any_tag" (func $rt_any_tag (param i32) (result i32)))
  (func ${fn} (param $x i32) (result f64)
    (local $tag i32)
    (local.set $tag (call $rt_any_tag (local.get $x)))
    (if (i32.eq (local.get $tag) (i32.const 3)) (then (return (f64.load offset=8 (local.get $x)))))
    (if (i32.eq (local.get $tag) (i32.const 2)) (then (return (f64.convert_i64_s (i64.load offset=8 (local.get $x))))))
    (if (i32.eq (local.get $tag) (i32.const 1)) (then (return (f64.convert_i32_u (i32.load offset=8 (local.get $x))))))
    (if (i32.eq (local.get $tag) (i32.const 4)) (then (return (call $float_str (i32.load offset=8 (local.get $x))))))
    (call $rt_fault (i32.const 9))
    (unreachable)))
