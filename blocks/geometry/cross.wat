;; cross: (ax - ox) * (by - oy) - (ay - oy) * (bx - ox).
(module
  (func ${fn} (param $o i32) (param $a i32) (param $b i32) (result f64)
    (local $ox f64) (local $oy f64)
    (local.set $ox (f64.load (local.get $o)))
    (local.set $oy (f64.load offset=8 (local.get $o)))
    (f64.sub
      (f64.mul (f64.sub (f64.load (local.get $a)) (local.get $ox)) (f64.sub (f64.load offset=8 (local.get $b)) (local.get $oy)))
      (f64.mul (f64.sub (f64.load offset=8 (local.get $a)) (local.get $oy)) (f64.sub (f64.load (local.get $b)) (local.get $ox))))))
