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

  ;; two adjacent rows of bn + 1 i32 run lengths, both zeroed: row[j + 1] is the run ending at a[i], b[j]; prev is the row of a[i - 1]
  (func (export "commonrun") (param $a i32) (param $an i32) (param $b i32) (param $bn i32) (result i64)
    (local $prev i32) (local $row i32) (local $t i32) (local $end i32) (local $j i32) (local $run i32) (local $best i32)
    (local.set $prev (call $alloc (i32.shl (i32.add (local.get $bn) (i32.const 1)) (i32.const 2))))
    (local.set $row (call $alloc (i32.shl (i32.add (local.get $bn) (i32.const 1)) (i32.const 2))))
    (memory.fill (local.get $prev) (i32.const 0) (i32.shl (i32.add (local.get $bn) (i32.const 1)) (i32.const 3)))
    (local.set $end (i32.add (local.get $a) (local.get $an)))
    (block $done
      (loop $char
        (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
        (local.set $j (i32.const 0))
        (block $next
          (loop $col
            (br_if $next (i32.ge_u (local.get $j) (local.get $bn)))
            (local.set $run (i32.const 0))
            (if (i32.eq (i32.load8_u (local.get $a)) (i32.load8_u (i32.add (local.get $b) (local.get $j))))
              (then (local.set $run (i32.add (i32.load (i32.add (local.get $prev) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 1)))))
            (i32.store (i32.add (local.get $row) (i32.shl (i32.add (local.get $j) (i32.const 1)) (i32.const 2))) (local.get $run))
            (if (i32.gt_u (local.get $run) (local.get $best)) (then (local.set $best (local.get $run))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $col)))
        (local.set $t (local.get $prev))
        (local.set $prev (local.get $row))
        (local.set $row (local.get $t))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (br $char)))
    (i64.extend_i32_u (local.get $best))))
