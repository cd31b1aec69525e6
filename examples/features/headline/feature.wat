(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 32))
  ;; the minor words, each ended by a space
  (data (i32.const 0) "a an and in of on or the to ")

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

  (func $minor (param $w i32) (param $len i32) (result i32)
    (local $p i32) (local $i i32)
    (block $none
      (loop $entry
        (br_if $none (i32.ge_u (local.get $p) (i32.const 28)))
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

  (func (export "headline") (param $s i32) (param $n i32) (result i32 i32)
    (local $end i32) (local $out i32) (local $p i32) (local $word i32) (local $c i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $out (call $alloc (local.get $n)))
    (local.set $p (local.get $out))
    (block $done
      (loop $next
        (block $found
          (loop $skip
            (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $found (i32.eqz (call $space (i32.load8_u (local.get $s)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $skip)))
        (if (i32.gt_u (local.get $p) (local.get $out))
          (then
            (i32.store8 (local.get $p) (i32.const 32))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (local.set $word (local.get $p))
        (block $ended
          (loop $letter
            (br_if $ended (i32.ge_u (local.get $s) (local.get $end)))
            (local.set $c (i32.load8_u (local.get $s)))
            (br_if $ended (call $space (local.get $c)))
            (if (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26))
              (then (local.set $c (i32.or (local.get $c) (i32.const 32)))))
            (i32.store8 (local.get $p) (local.get $c))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $letter)))
        (block $trailing
          (loop $blank
            (br_if $trailing (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $trailing (i32.eqz (call $space (i32.load8_u (local.get $s)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $blank)))
        (if (i32.or (i32.or (i32.eq (local.get $word) (local.get $out)) (i32.ge_u (local.get $s) (local.get $end)))
                    (i32.eqz (call $minor (local.get $word) (i32.sub (local.get $p) (local.get $word)))))
          (then
            (local.set $c (i32.load8_u (local.get $word)))
            (if (i32.lt_u (i32.sub (local.get $c) (i32.const 97)) (i32.const 26))
              (then (i32.store8 (local.get $word) (i32.sub (local.get $c) (i32.const 32)))))))
        (br $next)))
    (local.get $out) (i32.sub (local.get $p) (local.get $out))))
