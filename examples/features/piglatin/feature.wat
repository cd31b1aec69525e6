(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  (func $space (param $c i32) (result i32)
    (i32.or (i32.eq (local.get $c) (i32.const 32))
            (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))

  ;; bit k of 0x104111 marks the vowels a e i o u, counting from a
  (func $vowel (param $c i32) (result i32)
    (local.set $c (i32.sub (local.get $c) (i32.const 97)))
    (i32.and (i32.lt_u (local.get $c) (i32.const 21))
             (i32.and (i32.shr_u (i32.const 0x104111) (local.get $c)) (i32.const 1))))

  (func (export "piglatin") (param $s i32) (param $n i32) (result i32 i32)
    (local $end i32) (local $out i32) (local $p i32) (local $start i32) (local $head i32) (local $len i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $p (local.get $out))
    (block $done
      (loop $word
        (block $found
          (loop $skip
            (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $found (i32.eqz (call $space (i32.load8_u (local.get $s)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $skip)))
        (local.set $start (local.get $s))
        (local.set $head (i32.const -1))
        (block $ended
          (loop $letter
            (br_if $ended (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $ended (call $space (i32.load8_u (local.get $s))))
            (if (i32.and (i32.lt_s (local.get $head) (i32.const 0)) (call $vowel (i32.load8_u (local.get $s))))
              (then (local.set $head (i32.sub (local.get $s) (local.get $start)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $letter)))
        (local.set $len (i32.sub (local.get $s) (local.get $start)))
        (if (i32.lt_s (local.get $head) (i32.const 0)) (then (local.set $head (local.get $len))))
        (if (i32.gt_u (local.get $p) (local.get $out))
          (then
            (i32.store8 (local.get $p) (i32.const 32))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (memory.copy (local.get $p) (i32.add (local.get $start) (local.get $head)) (i32.sub (local.get $len) (local.get $head)))
        (memory.copy (i32.add (local.get $p) (i32.sub (local.get $len) (local.get $head))) (local.get $start) (local.get $head))
        (local.set $p (i32.add (local.get $p) (local.get $len)))
        (if (i32.eqz (local.get $head))
          (then
            (i32.store8 (local.get $p) (i32.const 119))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (i32.store16 (local.get $p) (i32.const 0x7961))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $word)))
    (local.get $out) (i32.sub (local.get $p) (local.get $out))))
