(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; expands around each center, on a character (c even) or between two (c odd); the result is a slice of s
  (func (export "longestpalin") (param $s i32) (param $n i32) (result i32 i32)
    (local $c i32) (local $lo i32) (local $hi i32) (local $start i32) (local $len i32)
    (block $done
      (loop $center
        (br_if $done (i32.ge_s (local.get $c) (i32.sub (i32.shl (local.get $n) (i32.const 1)) (i32.const 1))))
        (local.set $lo (i32.shr_u (local.get $c) (i32.const 1)))
        (local.set $hi (i32.add (local.get $lo) (i32.and (local.get $c) (i32.const 1))))
        (block $stop
          (loop $expand
            (br_if $stop (i32.lt_s (local.get $lo) (i32.const 0)))
            (br_if $stop (i32.ge_s (local.get $hi) (local.get $n)))
            (br_if $stop (i32.ne (i32.load8_u (i32.add (local.get $s) (local.get $lo)))
                                 (i32.load8_u (i32.add (local.get $s) (local.get $hi)))))
            (local.set $lo (i32.sub (local.get $lo) (i32.const 1)))
            (local.set $hi (i32.add (local.get $hi) (i32.const 1)))
            (br $expand)))
        (if (i32.gt_s (i32.sub (i32.sub (local.get $hi) (local.get $lo)) (i32.const 1)) (local.get $len))
          (then
            (local.set $start (i32.add (local.get $lo) (i32.const 1)))
            (local.set $len (i32.sub (i32.sub (local.get $hi) (local.get $lo)) (i32.const 1)))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $center)))
    (i32.add (local.get $s) (local.get $start)) (local.get $len)))
