(module
  (func $abs (param $x i64) (result i64)
    (select (i64.sub (i64.const 0) (local.get $x)) (local.get $x) (i64.lt_s (local.get $x) (i64.const 0))))

  (func (export "simplify") (param $num i64) (param $den i64) (result i64 i64)
    (local $a i64) (local $b i64) (local $t i64)
    (local.set $a (call $abs (local.get $num)))
    (local.set $b (call $abs (local.get $den)))
    (block $done
      (loop $euclid
        (br_if $done (i64.eqz (local.get $b)))
        (local.set $t (i64.rem_u (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $t))
        (br $euclid)))
    ;; dividing by a negative gcd moves a negative sign from the denominator
    (if (i64.lt_s (local.get $den) (i64.const 0)) (then (local.set $a (i64.sub (i64.const 0) (local.get $a)))))
    (i64.div_s (local.get $num) (local.get $a))
    (i64.div_s (local.get $den) (local.get $a))))
