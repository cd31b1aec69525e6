(module
  (func $next (param $n i64) (result i64)
    (local $sum i64) (local $d i64)
    (block $done
      (loop $digit
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $d (i64.rem_u (local.get $n) (i64.const 10)))
        (local.set $sum (i64.add (local.get $sum) (i64.mul (local.get $d) (local.get $d))))
        (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
        (br $digit)))
    (local.get $sum))

  ;; Floyd's cycle detection: the fast walker reaches 1 or meets the slow one
  (func (export "happy") (param $n i64) (result i32)
    (local $slow i64) (local $fast i64)
    (local.set $slow (local.get $n))
    (local.set $fast (call $next (local.get $n)))
    (block $done
      (loop $step
        (br_if $done (i64.eq (local.get $fast) (i64.const 1)))
        (br_if $done (i64.eq (local.get $fast) (local.get $slow)))
        (local.set $slow (call $next (local.get $slow)))
        (local.set $fast (call $next (call $next (local.get $fast))))
        (br $step)))
    (i64.eq (local.get $fast) (i64.const 1))))
