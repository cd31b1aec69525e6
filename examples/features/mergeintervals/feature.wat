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

  ;; spans: n records of (lo i64, hi i64); sorted by lo into a copy (insertion sort), then merged in place
  (func (export "mergeintervals") (param $spans i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $p i32) (local $end i32) (local $lo i64) (local $hi i64) (local $last i32) (local $count i32)
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 4))))
    (memory.copy (local.get $out) (local.get $spans) (i32.shl (local.get $n) (i32.const 4)))
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 4))))
    (local.set $p (i32.add (local.get $out) (i32.const 16)))
    (block $sorted
      (loop $each
        (br_if $sorted (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $lo (i64.load (local.get $p)))
        (local.set $hi (i64.load offset=8 (local.get $p)))
        (local.set $last (local.get $p))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eq (local.get $last) (local.get $out)))
            (br_if $placed (i64.le_s (i64.load (i32.sub (local.get $last) (i32.const 16))) (local.get $lo)))
            (memory.copy (local.get $last) (i32.sub (local.get $last) (i32.const 16)) (i32.const 16))
            (local.set $last (i32.sub (local.get $last) (i32.const 16)))
            (br $shift)))
        (i64.store (local.get $last) (local.get $lo))
        (i64.store offset=8 (local.get $last) (local.get $hi))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $each)))
    ;; count merged spans so far; the last of them absorbs each span that starts inside it
    (local.set $p (local.get $out))
    (block $done
      (loop $merge
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $last (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 4))))
        (block $separate
          (br_if $separate (i32.eqz (local.get $count)))
          (local.set $last (i32.sub (local.get $last) (i32.const 16)))
          (br_if $separate (i64.gt_s (i64.load (local.get $p)) (i64.load offset=8 (local.get $last))))
          (if (i64.gt_s (i64.load offset=8 (local.get $p)) (i64.load offset=8 (local.get $last)))
            (then (i64.store offset=8 (local.get $last) (i64.load offset=8 (local.get $p)))))
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (br $merge))
        (memory.copy (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 4))) (local.get $p) (i32.const 16))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $merge)))
    (local.get $out) (local.get $count)))
