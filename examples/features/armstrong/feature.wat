(module
  (func (export "armstrong") (param $n i64) (result i32)
    (local $k i64) (local $m i64) (local $sum i64) (local $power i64) (local $i i64)
    ;; k: the number of digits
    (local.set $k (i64.const 1))
    (local.set $m (local.get $n))
    (block $counted
      (loop $count
        (br_if $counted (i64.lt_u (local.get $m) (i64.const 10)))
        (local.set $m (i64.div_u (local.get $m) (i64.const 10)))
        (local.set $k (i64.add (local.get $k) (i64.const 1)))
        (br $count)))
    (local.set $m (local.get $n))
    (block $summed
      (loop $digit
        (br_if $summed (i64.eqz (local.get $m)))
        (local.set $power (i64.const 1))
        (local.set $i (i64.const 0))
        (block $raised
          (loop $raise
            (br_if $raised (i64.ge_u (local.get $i) (local.get $k)))
            (local.set $power (i64.mul (local.get $power) (i64.rem_u (local.get $m) (i64.const 10))))
            (local.set $i (i64.add (local.get $i) (i64.const 1)))
            (br $raise)))
        (local.set $sum (i64.add (local.get $sum) (local.get $power)))
        (local.set $m (i64.div_u (local.get $m) (i64.const 10)))
        (br $digit)))
    (i64.eq (local.get $sum) (local.get $n))))
