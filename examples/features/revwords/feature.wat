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

  ;; words are copied from the last to the first
  (func (export "revwords") (param $s i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $p i32) (local $start i32) (local $end i32)
    (local.set $out (call $alloc (local.get $n)))
    (local.set $p (local.get $out))
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $word
        (block $found
          (loop $skip
            (br_if $found (i32.le_u (local.get $end) (local.get $s)))
            (br_if $found (i32.eqz (call $space (i32.load8_u (i32.sub (local.get $end) (i32.const 1))))))
            (local.set $end (i32.sub (local.get $end) (i32.const 1)))
            (br $skip)))
        (local.set $start (local.get $end))
        (block $begun
          (loop $back
            (br_if $begun (i32.le_u (local.get $start) (local.get $s)))
            (br_if $begun (call $space (i32.load8_u (i32.sub (local.get $start) (i32.const 1)))))
            (local.set $start (i32.sub (local.get $start) (i32.const 1)))
            (br $back)))
        (br_if $done (i32.eq (local.get $start) (local.get $end)))
        (if (i32.gt_u (local.get $p) (local.get $out))
          (then
            (i32.store8 (local.get $p) (i32.const 32))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (memory.copy (local.get $p) (local.get $start) (i32.sub (local.get $end) (local.get $start)))
        (local.set $p (i32.add (local.get $p) (i32.sub (local.get $end) (local.get $start))))
        (local.set $end (local.get $start))
        (br $word)))
    (local.get $out) (i32.sub (local.get $p) (local.get $out))))
