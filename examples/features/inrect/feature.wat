(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; ps: n records of (x f64, y f64)
  (func (export "inrect") (param $ps i32) (param $n i32) (param $ax f64) (param $ay f64) (param $bx f64) (param $by f64) (result i64)
    (local $end i32) (local $x0 f64) (local $x1 f64) (local $y0 f64) (local $y1 f64) (local $x f64) (local $y f64) (local $count i64)
    (local.set $x0 (f64.min (local.get $ax) (local.get $bx)))
    (local.set $x1 (f64.max (local.get $ax) (local.get $bx)))
    (local.set $y0 (f64.min (local.get $ay) (local.get $by)))
    (local.set $y1 (f64.max (local.get $ay) (local.get $by)))
    (local.set $end (i32.add (local.get $ps) (i32.shl (local.get $n) (i32.const 4))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $ps) (local.get $end)))
        (local.set $x (f64.load (local.get $ps)))
        (local.set $y (f64.load offset=8 (local.get $ps)))
        (if (i32.and (i32.and (f64.le (local.get $x0) (local.get $x)) (f64.le (local.get $x) (local.get $x1)))
                     (i32.and (f64.le (local.get $y0) (local.get $y)) (f64.le (local.get $y) (local.get $y1))))
          (then (local.set $count (i64.add (local.get $count) (i64.const 1)))))
        (local.set $ps (i32.add (local.get $ps) (i32.const 16)))
        (br $next)))
    (local.get $count)))
