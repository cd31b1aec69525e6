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

  ;; counts[k - 1] at $counts + 8 * (k - 1), zeroed for every possible length
  (func (export "lengthhist") (param $s i32) (param $n i32) (result i32 i32)
    (local $end i32) (local $counts i32) (local $start i32) (local $len i32) (local $longest i32) (local $slot i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $counts (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (memory.fill (local.get $counts) (i32.const 0) (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (loop $word
        (block $found
          (loop $skip
            (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $found (i32.eqz (call $space (i32.load8_u (local.get $s)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $skip)))
        (local.set $start (local.get $s))
        (block $ended
          (loop $letter
            (br_if $ended (i32.ge_u (local.get $s) (local.get $end)))
            (br_if $ended (call $space (i32.load8_u (local.get $s))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $letter)))
        (local.set $len (i32.sub (local.get $s) (local.get $start)))
        (local.set $slot (i32.add (local.get $counts) (i32.shl (i32.sub (local.get $len) (i32.const 1)) (i32.const 3))))
        (i64.store (local.get $slot) (i64.add (i64.load (local.get $slot)) (i64.const 1)))
        (if (i32.gt_u (local.get $len) (local.get $longest)) (then (local.set $longest (local.get $len))))
        (br $word)))
    (local.get $counts) (local.get $longest)))
