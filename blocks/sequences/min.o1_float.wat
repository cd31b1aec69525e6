;; min of two floats in the order with NaN last: b when b < a or a is NaN and b is not, else a.
(module
  (func ${fn} (param $a f64) (param $b f64) (result f64)
    (select (local.get $b) (local.get $a)
      (i32.or (f64.lt (local.get $b) (local.get $a)) (i32.and (f64.ne (local.get $a) (local.get $a)) (f64.eq (local.get $b) (local.get $b)))))))
