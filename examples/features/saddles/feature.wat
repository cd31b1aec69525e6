(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; whether the n elements from $p, $step bytes apart, are all >= x (or all <= x when $upper)
  (func $bounded (param $p i32) (param $n i32) (param $step i32) (param $x i64) (param $upper i32) (result i32)
    (local $v i64)
    (block $yes
      (loop $next
        (br_if $yes (i32.eqz (local.get $n)))
        (local.set $v (i64.load (local.get $p)))
        (if (select (i64.gt_s (local.get $v) (local.get $x)) (i64.lt_s (local.get $v) (local.get $x)) (local.get $upper))
          (then (return (i32.const 0))))
        (local.set $p (i32.add (local.get $p) (local.get $step)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i32.const 1))

  (func (export "saddles") (param $m i32) (param $rows i32) (param $cols i32) (result i64)
    (local $i i32) (local $j i32) (local $row i32) (local $x i64) (local $count i64)
    (block $done
      (loop $each_row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $row (i32.add (local.get $m) (i32.shl (i32.mul (local.get $i) (local.get $cols)) (i32.const 3))))
        (local.set $j (i32.const 0))
        (block $next
          (loop $each_col
            (br_if $next (i32.ge_u (local.get $j) (local.get $cols)))
            (local.set $x (i64.load (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3)))))
            (if (i32.and (call $bounded (local.get $row) (local.get $cols) (i32.const 8) (local.get $x) (i32.const 0))
                         (call $bounded (i32.add (local.get $m) (i32.shl (local.get $j) (i32.const 3))) (local.get $rows)
                                        (i32.shl (local.get $cols) (i32.const 3)) (local.get $x) (i32.const 1)))
              (then (local.set $count (i64.add (local.get $count) (i64.const 1)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $each_col)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each_row)))
    (local.get $count)))
