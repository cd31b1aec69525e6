(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "luhn") (param $s i32) (param $n i32) (result i32)
    (local $p i32) (local $d i32) (local $total i32) (local $count i32)
    ;; from the last digit backwards, doubling every second one
    (local.set $p (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.le_u (local.get $p) (local.get $s)))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (local.set $d (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
        (br_if $next (i32.eq (local.get $d) (i32.const -16)))
        (if (i32.and (local.get $count) (i32.const 1))
          (then
            (local.set $d (i32.shl (local.get $d) (i32.const 1)))
            (if (i32.gt_u (local.get $d) (i32.const 9)) (then (local.set $d (i32.sub (local.get $d) (i32.const 9)))))))
        (local.set $total (i32.add (local.get $total) (local.get $d)))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (br $next)))
    (i32.and (i32.gt_u (local.get $count) (i32.const 1))
             (i32.eqz (i32.rem_u (local.get $total) (i32.const 10))))))
