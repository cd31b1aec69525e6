(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $space (param $c i32) (result i32)
    (i32.or (i32.eq (local.get $c) (i32.const 32))
            (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))

  ;; the result points into s
  (func (export "longestword") (param $s i32) (param $n i32) (result i32 i32)
    (local $end i32) (local $start i32) (local $best i32) (local $longest i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $word
        (block $found
          (loop $skip
            (br_if $found (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $found (i32.eqz (call $space (i32.load8_u (local.get $s)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $skip)))
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $start (local.get $s))
        (block $ended
          (loop $chars
            (br_if $ended (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $ended (call $space (i32.load8_u (local.get $s))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $chars)))
        (if (i32.gt_u (i32.sub (local.get $s) (local.get $start)) (local.get $longest))
          (then
            (local.set $best (local.get $start))
            (local.set $longest (i32.sub (local.get $s) (local.get $start)))))
        (br $word)))
    (local.get $best) (local.get $longest)))
