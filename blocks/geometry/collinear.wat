;; collinear: cross(a, b, c) == 0.
(module
  (import "blocks" "cross" (func $cross (param i32 i32 i32) (result f64)))
  (func ${fn} (param $a i32) (param $b i32) (param $c i32) (result i32)
    (f64.eq (call $cross (local.get $a) (local.get $b) (local.get $c)) (f64.const 0))))
