(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; ps: n records of (x f64, y f64)
  (func (export "isconvex") (param $ps i32) (param $n i32) (result i32)
    (local $i i32) (local $o i32) (local $a i32) (local $b i32) (local $turn f64) (local $left i32) (local $right i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $o (i32.add (local.get $ps) (i32.shl (local.get $i) (i32.const 4))))
        (local.set $a (i32.add (local.get $ps) (i32.shl (i32.rem_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)) (i32.const 4))))
        (local.set $b (i32.add (local.get $ps) (i32.shl (i32.rem_u (i32.add (local.get $i) (i32.const 2)) (local.get $n)) (i32.const 4))))
        (local.set $turn (f64.sub
          (f64.mul (f64.sub (f64.load (local.get $a)) (f64.load (local.get $o)))
                   (f64.sub (f64.load offset=8 (local.get $b)) (f64.load offset=8 (local.get $o))))
          (f64.mul (f64.sub (f64.load offset=8 (local.get $a)) (f64.load offset=8 (local.get $o)))
                   (f64.sub (f64.load (local.get $b)) (f64.load (local.get $o))))))
        (local.set $left (i32.or (local.get $left) (f64.gt (local.get $turn) (f64.const 0))))
        (local.set $right (i32.or (local.get $right) (f64.lt (local.get $turn) (f64.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.eqz (i32.and (local.get $left) (local.get $right)))))
