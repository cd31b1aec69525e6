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

  ;; the value of a hex digit of either case
  (func $hex (param $c i32) (result i32)
    (if (result i32) (i32.le_u (local.get $c) (i32.const 57))
      (then (i32.sub (local.get $c) (i32.const 48)))
      (else (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 87)))))

  (func (export "urldecode") (param $s i32) (param $n i32) (result i32 i32)
    (local $end i32) (local $out i32) (local $p i32) (local $c i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $out (call $alloc (local.get $n)))
    (local.set $p (local.get $out))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $s)))
        (if (i32.eq (local.get $c) (i32.const 37))
          (then
            (local.set $c (i32.or (i32.shl (call $hex (i32.load8_u offset=1 (local.get $s))) (i32.const 4))
                                  (call $hex (i32.load8_u offset=2 (local.get $s)))))
            (local.set $s (i32.add (local.get $s) (i32.const 2))))
          (else (if (i32.eq (local.get $c) (i32.const 43)) (then (local.set $c (i32.const 32))))))
        (i32.store8 (local.get $p) (local.get $c))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (local.get $out) (i32.sub (local.get $p) (local.get $out))))
