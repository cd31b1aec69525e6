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

  (func $contains (param $row i32) (param $n i32) (param $x i64) (result i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $row) (i32.shl (local.get $n) (i32.const 3))))
    (block $absent
      (loop $next
        (br_if $absent (i32.ge_u (local.get $row) (local.get $end)))
        (if (i64.eq (i64.load (local.get $row)) (local.get $x)) (then (return (i32.const 1))))
        (local.set $row (i32.add (local.get $row) (i32.const 8)))
        (br $next)))
    (i32.const 0))

  ;; the first row is insertion-sorted into the output; each distinct value found in all other rows is kept
  (func (export "commonall") (param $m i32) (param $rows i32) (param $cols i32) (result i32 i32)
    (local $out i32) (local $len i32) (local $i i32) (local $j i32) (local $x i64) (local $rowbytes i32)
    (local.set $out (call $alloc (i32.shl (local.get $cols) (i32.const 3))))
    (if (i32.eqz (local.get $rows)) (then (return (local.get $out) (i32.const 0))))
    (local.set $rowbytes (i32.shl (local.get $cols) (i32.const 3)))
    (block $sorted
      (loop $each
        (br_if $sorted (i32.ge_u (local.get $i) (local.get $cols)))
        (local.set $x (i64.load (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $j (local.get $i))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $j)))
            (br_if $placed (i64.le_s (i64.load (i32.add (local.get $out) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 3)))) (local.get $x)))
            (i64.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3)))
                       (i64.load (i32.add (local.get $out) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 3)))))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $shift)))
        (i64.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3))) (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.set $j (i32.const 0))
    (block $done
      (loop $value
        (br_if $done (i32.ge_u (local.get $j) (local.get $cols)))
        (local.set $x (i64.load (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 3)))))
        (block $skip
          (br_if $skip (i32.and (i32.ne (local.get $len) (i32.const 0))
                                (i64.eq (local.get $x) (i64.load (i32.add (local.get $out) (i32.shl (i32.sub (local.get $len) (i32.const 1)) (i32.const 3)))))))
          (local.set $i (i32.const 1))
          (block $everywhere
            (loop $row
              (br_if $everywhere (i32.ge_u (local.get $i) (local.get $rows)))
              (br_if $skip (i32.eqz (call $contains (i32.add (local.get $m) (i32.mul (local.get $i) (local.get $rowbytes))) (local.get $cols) (local.get $x))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $row)))
          (i64.store (i32.add (local.get $out) (i32.shl (local.get $len) (i32.const 3))) (local.get $x))
          (local.set $len (i32.add (local.get $len) (i32.const 1))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $value)))
    (local.get $out) (local.get $len)))
