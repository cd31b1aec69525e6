;; int of an any: what int does to the value held (an int as it is, a float truncated, a str parsed,
;; a bool 0 or 1); null, a list or a dict faults type (9).
(module
  (import "blocks" "int" (func $int (param f64) (result i64)))
  (import "blocks" "int_str" (func $int_str (param i32) (result i64)))
  (import "rt" "rt_any_tag" (func $rt_any_tag (param i32) (result i32)))
  (func ${fn} (param $x i32) (result i64)
    (local $tag i32)
    (local.set $tag (call $rt_any_tag (local.get $x)))
    (if (i32.eq (local.get $tag) (i32.const 2)) (then (return (i64.load offset=8 (local.get $x)))))
    (if (i32.eq (local.get $tag) (i32.const 3)) (then (return (call $int (f64.load offset=8 (local.get $x))))))
    (if (i32.eq (local.get $tag) (i32.const 1)) (then (return (i64.extend_i32_u (i32.load offset=8 (local.get $x))))))
    (if (i32.eq (local.get $tag) (i32.const 4)) (then (return (call $int_str (i32.load offset=8 (local.get $x))))))
    (call $rt_fault (i32.const 9))
    (unreachable)))
