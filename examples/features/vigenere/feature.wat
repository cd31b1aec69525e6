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

  (func (export "vigenere") (param $s i32) (param $n i32) (param $key i32) (param $kn i32) (result i32 i32)
    (local $out i32) (local $i i32) (local $k i32) (local $c i32) (local $base i32)
    (local.set $out (call $alloc (local.get $n)))
    (memory.copy (local.get $out) (local.get $s) (local.get $n))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $out) (local.get $i))))
        ;; lower case letters have bit 5 set
        (local.set $base (i32.or (i32.and (local.get $c) (i32.const 32)) (i32.const 65)))
        (if (i32.lt_u (i32.sub (local.get $c) (local.get $base)) (i32.const 26))
          (then
            (i32.store8 (i32.add (local.get $out) (local.get $i))
              (i32.add (local.get $base)
                (i32.rem_u (i32.add (i32.sub (local.get $c) (local.get $base))
                                    (i32.sub (i32.load8_u (i32.add (local.get $key) (i32.rem_u (local.get $k) (local.get $kn)))) (i32.const 97)))
                           (i32.const 26))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out) (local.get $n)))
