(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $number (param $p i32) (param $digits i32) (result i64)
    (local $v i64)
    (loop $next
      (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10))
                             (i64.extend_i32_u (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $digits (i32.sub (local.get $digits) (i32.const 1)))
      (br_if $next (local.get $digits)))
    (local.get $v))

  ;; month * 100 + day of "YYYY-MM-DD"
  (func $monthday (param $iso i32) (result i64)
    (i64.add (i64.mul (call $number (i32.add (local.get $iso) (i32.const 5)) (i32.const 2)) (i64.const 100))
             (call $number (i32.add (local.get $iso) (i32.const 8)) (i32.const 2))))

  (func (export "age") (param $born i32) (param $blen i32) (param $today i32) (param $tlen i32) (result i64)
    (i64.sub (i64.sub (call $number (local.get $today) (i32.const 4)) (call $number (local.get $born) (i32.const 4)))
             (i64.extend_i32_u (i64.lt_u (call $monthday (local.get $today)) (call $monthday (local.get $born)))))))
