(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; points: n records of (x f64, y f64)
  (func (export "incircle") (param $points i32) (param $n i32) (param $cx f64) (param $cy f64) (param $r f64) (result i64)
    (local $p i32) (local $end i32) (local $dx f64) (local $dy f64) (local $count i64)
    (local.set $p (local.get $points))
    (local.set $end (i32.add (local.get $points) (i32.shl (local.get $n) (i32.const 4))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $dx (f64.sub (f64.load (local.get $p)) (local.get $cx)))
        (local.set $dy (f64.sub (f64.load offset=8 (local.get $p)) (local.get $cy)))
        (if (f64.le (f64.sqrt (f64.add (f64.mul (local.get $dx) (local.get $dx)) (f64.mul (local.get $dy) (local.get $dy))))
                    (local.get $r))
          (then (local.set $count (i64.add (local.get $count) (i64.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (local.get $count)))
