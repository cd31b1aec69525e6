(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $space (param $c i32) (result i32)
    (i32.or (i32.eq (local.get $c) (i32.const 32))
            (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))

  ;; bit k of 0x104111 marks the vowels a e i o u, counting from a after folding to lower case
  (func $vowel (param $c i32) (result i32)
    (local.set $c (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 97)))
    (i32.and (i32.lt_u (local.get $c) (i32.const 21))
             (i32.and (i32.shr_u (i32.const 0x104111) (local.get $c)) (i32.const 1))))

  ;; the result is a slice of the input
  (func (export "mostvowels") (param $s i32) (param $n i32) (result i32 i32)
    (local $end i32) (local $start i32) (local $vowels i32) (local $best i32) (local $best_len i32) (local $most i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $best (local.get $s))
    (local.set $most (i32.const -1))
    (block $done
      (loop $word
        (block $found
          (loop $skip
            (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $found (i32.eqz (call $space (i32.load8_u (local.get $s)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $skip)))
        (local.set $start (local.get $s))
        (local.set $vowels (i32.const 0))
        (block $ended
          (loop $letter
            (br_if $ended (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $ended (call $space (i32.load8_u (local.get $s))))
            (local.set $vowels (i32.add (local.get $vowels) (call $vowel (i32.load8_u (local.get $s)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $letter)))
        (if (i32.gt_s (local.get $vowels) (local.get $most))
          (then
            (local.set $most (local.get $vowels))
            (local.set $best (local.get $start))
            (local.set $best_len (i32.sub (local.get $s) (local.get $start)))))
        (br $word)))
    (local.get $best) (local.get $best_len)))
