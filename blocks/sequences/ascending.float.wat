;; ascending of [float]: no element is smaller than the one before it, in the order with NaN
;; last (so x < prev, or prev is NaN and x is not).
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $p i32) (local $end i32) (local $prev f64) (local $x f64)
    (if (i32.lt_u (i32.load (local.get $xs)) (i32.const 2)) (then (return (i32.const 1))))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const 3))))
    (local.set $prev (f64.load (local.get $p)))
    (local.set $p (i32.add (local.get $p) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x (f64.load (local.get $p)))
        (if (i32.or (f64.lt (local.get $x) (local.get $prev))
              (i32.and (f64.ne (local.get $prev) (local.get $prev)) (f64.eq (local.get $x) (local.get $x))))
          (then (return (i32.const 0))))
        (local.set $prev (local.get $x))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (i32.const 1)))
