(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; ps: n records of (x f64, y f64); squared distances order the points as distances do
  (func (export "nearestpoint") (param $ps i32) (param $n i32) (param $qx f64) (param $qy f64) (result i64)
    (local $i i32) (local $best i32) (local $dx f64) (local $dy f64) (local $d f64) (local $nearest f64)
    (local.set $nearest (f64.const inf))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $dx (f64.sub (f64.load (local.get $ps)) (local.get $qx)))
        (local.set $dy (f64.sub (f64.load offset=8 (local.get $ps)) (local.get $qy)))
        (local.set $d (f64.add (f64.mul (local.get $dx) (local.get $dx)) (f64.mul (local.get $dy) (local.get $dy))))
        (if (f64.lt (local.get $d) (local.get $nearest))
          (then
            (local.set $nearest (local.get $d))
            (local.set $best (local.get $i))))
        (local.set $ps (i32.add (local.get $ps) (i32.const 16)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.extend_i32_u (local.get $best))))
