(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $abs (param $x i64) (result i64)
    (select (i64.sub (i64.const 0) (local.get $x)) (local.get $x) (i64.lt_s (local.get $x) (i64.const 0))))

  (func (export "closestsum") (param $xs i32) (param $n i32) (param $t i64) (result i64)
    (local $end i32) (local $p i32) (local $q i32) (local $s i64) (local $d i64) (local $best i64)
    (local.set $end (i32.add (local.get $xs) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $best (i64.add (i64.load (local.get $xs)) (i64.load offset=8 (local.get $xs))))
    (local.set $p (local.get $xs))
    (block $done
      (loop $first
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $q (i32.add (local.get $p) (i32.const 8)))
        (block $next
          (loop $second
            (br_if $next (i32.ge_u (local.get $q) (local.get $end)))
            (local.set $s (i64.add (i64.load (local.get $p)) (i64.load (local.get $q))))
            (local.set $d (i64.sub (call $abs (i64.sub (local.get $s) (local.get $t)))
                                   (call $abs (i64.sub (local.get $best) (local.get $t)))))
            (if (i32.or (i64.lt_s (local.get $d) (i64.const 0))
                        (i32.and (i64.eqz (local.get $d)) (i64.lt_s (local.get $s) (local.get $best))))
              (then (local.set $best (local.get $s))))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))
            (br $second)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $first)))
    (local.get $best)))
