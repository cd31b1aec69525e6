(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "maxdrawdown") (param $xs i32) (param $n i32) (result f64)
    (local $end i32) (local $x f64) (local $peak f64) (local $worst f64)
    (local.set $end (i32.add (local.get $xs) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $peak (f64.const -inf))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $xs) (local.get $end)))
        (local.set $x (f64.load (local.get $xs)))
        (local.set $peak (f64.max (local.get $peak) (local.get $x)))
        (local.set $worst (f64.max (local.get $worst) (f64.sub (local.get $peak) (local.get $x))))
        (local.set $xs (i32.add (local.get $xs) (i32.const 8)))
        (br $next)))
    (local.get $worst)))
