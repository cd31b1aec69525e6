(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "occurrences") (param $s i32) (param $n i32) (param $sub i32) (param $m i32) (result i64)
    (local $last i32) (local $j i32) (local $count i64)
    (if (i32.gt_u (local.get $m) (local.get $n)) (then (return (i64.const 0))))
    (local.set $last (i32.add (local.get $s) (i32.sub (local.get $n) (local.get $m))))
    (block $done
      (loop $start
        (br_if $done (i32.gt_u (local.get $s) (local.get $last)))
        (local.set $j (i32.const 0))
        (block $differs
          (loop $char
            (if (i32.eq (local.get $j) (local.get $m))
              (then
                (local.set $count (i64.add (local.get $count) (i64.const 1)))
                (br $differs)))
            (br_if $differs (i32.ne (i32.load8_u (i32.add (local.get $s) (local.get $j)))
                                    (i32.load8_u (i32.add (local.get $sub) (local.get $j)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $char)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $start)))
    (local.get $count)))
