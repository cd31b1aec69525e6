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

  ;; the stack holds the closing bracket each open one expects
  (func (export "balanced") (param $s i32) (param $n i32) (result i32)
    (local $stack i32) (local $top i32) (local $end i32) (local $c i32)
    (local.set $stack (call $alloc (local.get $n)))
    (local.set $top (local.get $stack))
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $s)))
        (if (i32.eq (local.get $c) (i32.const 40)) (then (local.set $c (i32.const 41))))
        (if (i32.or (i32.eq (local.get $c) (i32.const 91)) (i32.eq (local.get $c) (i32.const 123)))
          (then (local.set $c (i32.add (local.get $c) (i32.const 2)))))
        (if (i32.ne (local.get $c) (i32.load8_u (local.get $s)))
          (then
            (i32.store8 (local.get $top) (local.get $c))
            (local.set $top (i32.add (local.get $top) (i32.const 1))))
          (else
            (if (i32.or (i32.eq (local.get $c) (i32.const 41)) (i32.or (i32.eq (local.get $c) (i32.const 93)) (i32.eq (local.get $c) (i32.const 125))))
              (then
                (if (i32.eq (local.get $top) (local.get $stack)) (then (return (i32.const 0))))
                (local.set $top (i32.sub (local.get $top) (i32.const 1)))
                (if (i32.ne (i32.load8_u (local.get $top)) (local.get $c)) (then (return (i32.const 0))))))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (i32.eq (local.get $top) (local.get $stack))))
