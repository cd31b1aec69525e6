(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "isbn10") (param $s i32) (param $n i32) (result i32)
    (local $end i32) (local $c i32) (local $d i32) (local $count i32) (local $sum i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $s)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br_if $next (i32.eq (local.get $c) (i32.const 45)))
        (local.set $d (i32.sub (local.get $c) (i32.const 48)))
        (if (i32.and (i32.eq (local.get $c) (i32.const 88)) (i32.eq (local.get $count) (i32.const 9)))
          (then (local.set $d (i32.const 10)))
          (else (if (i32.gt_u (local.get $d) (i32.const 9)) (then (return (i32.const 0))))))
        (if (i32.eq (local.get $count) (i32.const 10)) (then (return (i32.const 0))))
        (local.set $sum (i32.add (local.get $sum) (i32.mul (i32.sub (i32.const 10) (local.get $count)) (local.get $d))))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (br $next)))
    (i32.and (i32.eq (local.get $count) (i32.const 10))
             (i32.eqz (i32.rem_u (local.get $sum) (i32.const 11))))))
