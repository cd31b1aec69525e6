;; argmax of [float]: the first index of a largest element in the order with NaN last (so the
;; first NaN when there is one: x beats the best so far when best < x, or x is NaN and best is
;; not); faults empty (3) on [].
(module
  (func ${fn} (param $xs i32) (result i64)
    (local $n i32) (local $i i32) (local $best i32) (local $b f64) (local $x f64)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $b (f64.load offset=8 (local.get $xs)))
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (if (i32.or (f64.lt (local.get $b) (local.get $x)) (i32.and (f64.ne (local.get $x) (local.get $x)) (f64.eq (local.get $b) (local.get $b))))
          (then (local.set $best (local.get $i)) (local.set $b (local.get $x))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.extend_i32_u (local.get $best))))
