(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  ;; 26 i32 letter counts at heap, after the input
  (func (export "caesarkey") (param $s i32) (param $n i32) (result i64)
    (local $end i32) (local $counts i32) (local $c i32) (local $i i32) (local $top i32) (local $slot i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $counts (global.get $heap))
    (if (i32.gt_u (i32.add (local.get $counts) (i32.const 104)) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.const 1)))))
    (memory.fill (local.get $counts) (i32.const 0) (i32.const 104))
    (block $counted
      (loop $next
        (br_if $counted (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $c (i32.sub (i32.or (i32.load8_u (local.get $s)) (i32.const 32)) (i32.const 97)))
        (if (i32.lt_u (local.get $c) (i32.const 26))
          (then
            (local.set $slot (i32.add (local.get $counts) (i32.shl (local.get $c) (i32.const 2))))
            (i32.store (local.get $slot) (i32.add (i32.load (local.get $slot)) (i32.const 1)))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (local.set $i (i32.const 1))
    (block $found
      (loop $best
        (br_if $found (i32.ge_u (local.get $i) (i32.const 26)))
        (if (i32.gt_u (i32.load (i32.add (local.get $counts) (i32.shl (local.get $i) (i32.const 2))))
                      (i32.load (i32.add (local.get $counts) (i32.shl (local.get $top) (i32.const 2)))))
          (then (local.set $top (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $best)))
    (i64.extend_i32_u (i32.rem_u (i32.add (local.get $top) (i32.const 22)) (i32.const 26)))))
