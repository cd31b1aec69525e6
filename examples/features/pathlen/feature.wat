(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; points: n records of (x f64, y f64)
  (func (export "pathlen") (param $points i32) (param $n i32) (result f64)
    (local $p i32) (local $end i32) (local $dx f64) (local $dy f64) (local $total f64)
    (if (i32.lt_u (local.get $n) (i32.const 2)) (then (return (f64.const 0))))
    (local.set $p (i32.add (local.get $points) (i32.const 16)))
    (local.set $end (i32.add (local.get $points) (i32.shl (local.get $n) (i32.const 4))))
    (loop $next
      (local.set $dx (f64.sub (f64.load (local.get $p)) (f64.load (i32.sub (local.get $p) (i32.const 16)))))
      (local.set $dy (f64.sub (f64.load offset=8 (local.get $p)) (f64.load (i32.sub (local.get $p) (i32.const 8)))))
      (local.set $total (f64.add (local.get $total)
        (f64.sqrt (f64.add (f64.mul (local.get $dx) (local.get $dx)) (f64.mul (local.get $dy) (local.get $dy))))))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br_if $next (i32.lt_u (local.get $p) (local.get $end))))
    (local.get $total)))
