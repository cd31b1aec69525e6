(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; ways counts the decodings of the digits so far, prev those of all but the last
  (func (export "decodings") (param $s i32) (param $n i32) (result i64)
    (local $i i32) (local $d i32) (local $pair i32) (local $prev i64) (local $ways i64) (local $next i64)
    (local.set $ways (i64.const 1))
    (block $done
      (loop $digit
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $d (i32.sub (i32.load8_u (i32.add (local.get $s) (local.get $i))) (i32.const 48)))
        (local.set $next (select (local.get $ways) (i64.const 0) (local.get $d)))
        (if (local.get $i)
          (then
            (local.set $pair (i32.add (i32.mul (i32.sub (i32.load8_u (i32.add (local.get $s) (i32.sub (local.get $i) (i32.const 1)))) (i32.const 48)) (i32.const 10))
                                      (local.get $d)))
            (if (i32.lt_u (i32.sub (local.get $pair) (i32.const 10)) (i32.const 17))
              (then (local.set $next (i64.add (local.get $next) (local.get $prev)))))))
        (local.set $prev (local.get $ways))
        (local.set $ways (local.get $next))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $digit)))
    (local.get $ways)))
