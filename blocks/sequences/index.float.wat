;; index of [float]: the first element equal to x, where NaN matches NaN (and -0.0 matches 0.0,
;; as f64.eq has it); -1 when there is none.
(module
  (func ${fn} (param $xs i32) (param $x f64) (result i64)
    (local $n i32) (local $i i32) (local $y f64) (local $nan i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $nan (f64.ne (local.get $x) (local.get $x)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $y (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (if (i32.or (f64.eq (local.get $y) (local.get $x)) (i32.and (local.get $nan) (f64.ne (local.get $y) (local.get $y))))
          (then (return (i64.extend_i32_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.const -1)))
