;; dist: hypot of the coordinate differences, scaled by the larger magnitude m:
;; m * sqrt((|dx|/m)^2 + (|dy|/m)^2); inf wins over nan; 0 when both differences are 0.
(module
  (func ${fn} (param $p i32) (param $q i32) (result f64)
    (call ${fn}__hypot
      (f64.sub (f64.load (local.get $q)) (f64.load (local.get $p)))
      (f64.sub (f64.load offset=8 (local.get $q)) (f64.load offset=8 (local.get $p)))))
  (func ${fn}__hypot (param $dx f64) (param $dy f64) (result f64)
    (local $a f64) (local $b f64) (local $m f64)
    (local.set $a (f64.abs (local.get $dx)))
    (local.set $b (f64.abs (local.get $dy)))
    (if (i32.or (f64.eq (local.get $a) (f64.const inf)) (f64.eq (local.get $b) (f64.const inf)))
      (then (return (f64.const inf))))
    (if (i32.or (f64.ne (local.get $a) (local.get $a)) (f64.ne (local.get $b) (local.get $b)))
      (then (return (f64.const nan))))
    (local.set $m (select (local.get $a) (local.get $b) (f64.gt (local.get $a) (local.get $b))))
    (if (f64.eq (local.get $m) (f64.const 0)) (then (return (f64.const 0))))
    (local.set $a (f64.div (local.get $a) (local.get $m)))
    (local.set $b (f64.div (local.get $b) (local.get $m)))
    (f64.mul (f64.sqrt (f64.add (f64.mul (local.get $a) (local.get $a)) (f64.mul (local.get $b) (local.get $b)))) (local.get $m))))
