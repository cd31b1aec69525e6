(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 32))
  ;; the small words, each ended by a space
  (data (i32.const 0) "a an the of and in on ")

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  (func $small (param $w i32) (param $len i32) (result i32)
    (local $p i32) (local $i i32)
    (block $none
      (loop $entry
        (br_if $none (i32.ge_u (local.get $p) (i32.const 22)))
        (local.set $i (i32.const 0))
        (block $differs
          (loop $char
            (if (i32.eq (local.get $i) (local.get $len))
              (then
                (br_if $differs (i32.ne (i32.load8_u (i32.add (local.get $p) (local.get $i))) (i32.const 32)))
                (return (i32.const 1))))
            (br_if $differs (i32.ne (i32.load8_u (i32.add (local.get $p) (local.get $i)))
                                    (i32.load8_u (i32.add (local.get $w) (local.get $i)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $char)))
        (loop $skip
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br_if $skip (i32.ne (i32.load8_u (i32.sub (local.get $p) (i32.const 1))) (i32.const 32))))
        (br $entry)))
    (i32.const 0))

  (func (export "titlecase") (param $s i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $end i32) (local $i i32) (local $c i32) (local $w i32) (local $p i32)
    (local.set $out (call $alloc (local.get $n)))
    (local.set $end (i32.add (local.get $out) (local.get $n)))
    (block $lowered
      (loop $copy
        (br_if $lowered (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $s) (local.get $i))))
        (if (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26))
          (then (local.set $c (i32.or (local.get $c) (i32.const 32)))))
        (i32.store8 (i32.add (local.get $out) (local.get $i)) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    ;; each word from w to p (a space or the end): its first letter raised unless it is small and not first
    (local.set $w (local.get $out))
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $w) (local.get $end)))
        (local.set $p (local.get $w))
        (block $ended
          (loop $letter
            (br_if $ended (i32.ge_u (local.get $p) (local.get $end)))
            (br_if $ended (i32.eq (i32.load8_u (local.get $p)) (i32.const 32)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $letter)))
        (if (i32.or (i32.eq (local.get $w) (local.get $out))
                    (i32.eqz (call $small (local.get $w) (i32.sub (local.get $p) (local.get $w)))))
          (then
            (local.set $c (i32.load8_u (local.get $w)))
            (if (i32.lt_u (i32.sub (local.get $c) (i32.const 97)) (i32.const 26))
              (then (i32.store8 (local.get $w) (i32.sub (local.get $c) (i32.const 32)))))))
        (local.set $w (i32.add (local.get $p) (i32.const 1)))
        (br $word)))
    (local.get $out) (local.get $n)))
