(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "zscoreof") (param $xs i32) (param $n i32) (param $x f64) (result f64)
    (local $end i32) (local $p i32) (local $sum f64) (local $mean f64) (local $d f64) (local $squares f64)
    (local.set $end (i32.add (local.get $xs) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $p (local.get $xs))
    (block $summed
      (loop $add
        (br_if $summed (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $sum (f64.add (local.get $sum) (f64.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $add)))
    (local.set $mean (f64.div (local.get $sum) (f64.convert_i32_u (local.get $n))))
    (local.set $p (local.get $xs))
    (block $spread
      (loop $square
        (br_if $spread (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $d (f64.sub (f64.load (local.get $p)) (local.get $mean)))
        (local.set $squares (f64.add (local.get $squares) (f64.mul (local.get $d) (local.get $d))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $square)))
    (f64.div (f64.sub (local.get $x) (local.get $mean))
             (f64.sqrt (f64.div (local.get $squares) (f64.convert_i32_u (i32.sub (local.get $n) (i32.const 1))))))))
