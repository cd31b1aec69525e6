(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; one bit per letter seen
  (func (export "pangram") (param $s i32) (param $n i32) (result i32)
    (local $end i32) (local $letter i32) (local $seen i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        ;; setting bit 5 lower-cases an ASCII letter
        (local.set $letter (i32.sub (i32.or (i32.load8_u (local.get $s)) (i32.const 32)) (i32.const 97)))
        (if (i32.lt_u (local.get $letter) (i32.const 26))
          (then (local.set $seen (i32.or (local.get $seen) (i32.shl (i32.const 1) (local.get $letter))))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (i32.eq (local.get $seen) (i32.const 0x3ffffff))))
