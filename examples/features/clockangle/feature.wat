(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "clockangle") (param $h i64) (param $m i64) (result f64)
    (local $d f64)
    (local.set $d (f64.abs (f64.sub (f64.convert_i64_s (i64.mul (i64.const 30) (i64.rem_u (local.get $h) (i64.const 12))))
                                    (f64.mul (f64.const 5.5) (f64.convert_i64_s (local.get $m))))))
    (f64.min (local.get $d) (f64.sub (f64.const 360) (local.get $d)))))
