(module
  (func (export "persistence") (param $n i64) (result i64)
    (local $steps i64) (local $product i64)
    (block $done
      (loop $step
        (br_if $done (i64.le_u (local.get $n) (i64.const 9)))
        (local.set $product (i64.const 1))
        (loop $digit
          (local.set $product (i64.mul (local.get $product) (i64.rem_u (local.get $n) (i64.const 10))))
          (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
          (br_if $digit (i64.ne (local.get $n) (i64.const 0))))
        (local.set $n (local.get $product))
        (local.set $steps (i64.add (local.get $steps) (i64.const 1)))
        (br $step)))
    (local.get $steps)))
