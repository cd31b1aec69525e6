;; max of two floats in the order with NaN last: b when a < b or b is NaN and a is not, else a.
(module
  (func ${fn} (param $a f64) (param $b f64) (result f64)
    (select (local.get $b) (local.get $a)
      (i32.or (f64.lt (local.get $a) (local.get $b)) (i32.and (f64.ne (local.get $b) (local.get $b)) (f64.eq (local.get $a) (local.get $a)))))))
