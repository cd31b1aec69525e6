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

  ;; a hyphen or ASCII whitespace
  (func $separator (param $c i32) (result i32)
    (i32.or (i32.or (i32.eq (local.get $c) (i32.const 45)) (i32.eq (local.get $c) (i32.const 32)))
            (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))

  (func (export "acronym") (param $s i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $p i32) (local $end i32) (local $c i32) (local $after i32)
    (local.set $out (call $alloc (local.get $n)))
    (local.set $p (local.get $out))
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $after (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $s)))
        (if (i32.and (local.get $after) (i32.eqz (call $separator (local.get $c))))
          (then
            (if (i32.lt_u (i32.sub (local.get $c) (i32.const 97)) (i32.const 26))
              (then (local.set $c (i32.sub (local.get $c) (i32.const 32)))))
            (i32.store8 (local.get $p) (local.get $c))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (local.set $after (call $separator (local.get $c)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (local.get $out) (i32.sub (local.get $p) (local.get $out))))
