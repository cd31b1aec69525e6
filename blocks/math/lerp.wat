;; lerp: a + (b - a) * t.
(module
  (func ${fn} (param $a f64) (param $b f64) (param $t f64) (result f64)
    (f64.add (local.get $a) (f64.mul (f64.sub (local.get $b) (local.get $a)) (local.get $t)))))
