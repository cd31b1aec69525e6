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

  ;; Levenshtein distance between n bytes at a and m bytes at b, one row of the table at a time
  (func $edits (param $a i32) (param $n i32) (param $b i32) (param $m i32) (result i32)
    (local $row i32) (local $cell i32) (local $i i32) (local $j i32) (local $diagonal i32) (local $up i32) (local $best i32)
    (local.set $row (call $alloc (i32.shl (i32.add (local.get $m) (i32.const 1)) (i32.const 2))))
    (loop $init
      (i32.store (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))) (local.get $j))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br_if $init (i32.le_u (local.get $j) (local.get $m))))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $diagonal (i32.load (local.get $row)))
        (i32.store (local.get $row) (i32.add (local.get $i) (i32.const 1)))
        (local.set $j (i32.const 1))
        (block $filled
          (loop $cells
            (br_if $filled (i32.gt_u (local.get $j) (local.get $m)))
            (local.set $cell (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))))
            (local.set $up (i32.load (local.get $cell)))
            (local.set $best (i32.add (local.get $diagonal)
              (i32.ne (i32.load8_u (i32.add (local.get $a) (local.get $i)))
                      (i32.load8_u (i32.sub (i32.add (local.get $b) (local.get $j)) (i32.const 1))))))
            (if (i32.lt_u (i32.add (local.get $up) (i32.const 1)) (local.get $best))
              (then (local.set $best (i32.add (local.get $up) (i32.const 1)))))
            (if (i32.lt_u (i32.add (i32.load (i32.sub (local.get $cell) (i32.const 4))) (i32.const 1)) (local.get $best))
              (then (local.set $best (i32.add (i32.load (i32.sub (local.get $cell) (i32.const 4))) (i32.const 1)))))
            (i32.store (local.get $cell) (local.get $best))
            (local.set $diagonal (local.get $up))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $cells)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (i32.load (i32.add (local.get $row) (i32.shl (local.get $m) (i32.const 2)))))

  ;; dictionary: n records of (ptr, len)
  (func (export "suggest") (param $word i32) (param $wlen i32) (param $dictionary i32) (param $n i32) (result i32 i32)
    (local $rec i32) (local $end i32) (local $best i32) (local $fewest i32) (local $d i32)
    (local.set $best (local.get $dictionary))
    (local.set $fewest (i32.const -1))
    (local.set $rec (local.get $dictionary))
    (local.set $end (i32.add (local.get $dictionary) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $rec) (local.get $end)))
        (local.set $d (call $edits (i32.load (local.get $rec)) (i32.load offset=4 (local.get $rec)) (local.get $word) (local.get $wlen)))
        (if (i32.lt_u (local.get $d) (local.get $fewest))
          (then
            (local.set $fewest (local.get $d))
            (local.set $best (local.get $rec))))
        (local.set $rec (i32.add (local.get $rec) (i32.const 8)))
        (br $next)))
    (i32.load (local.get $best)) (i32.load offset=4 (local.get $best))))
