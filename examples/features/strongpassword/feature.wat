(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; $seen gathers bit 0 for a lower case letter, 1 upper case, 2 digit, 3 anything else
  (func (export "strongpassword") (param $s i32) (param $n i32) (result i32)
    (local $end i32) (local $c i32) (local $seen i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $s)))
        (local.set $seen (i32.or (local.get $seen)
          (if (result i32) (i32.lt_u (i32.sub (local.get $c) (i32.const 97)) (i32.const 26)) (then (i32.const 1))
            (else (if (result i32) (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26)) (then (i32.const 2))
              (else (if (result i32) (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10)) (then (i32.const 4))
                (else (i32.const 8)))))))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (i32.and (i32.ge_u (local.get $n) (i32.const 8)) (i32.eq (local.get $seen) (i32.const 15)))))
