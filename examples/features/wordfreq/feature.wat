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

  (func $same (param $a i32) (param $b i32) (param $n i32) (result i32)
    (block $differ
      (loop $next
        (if (i32.eqz (local.get $n)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  ;; result: records of (word ptr i32, word len i32, count i64)
  (func (export "wordfreq") (param $text i32) (param $len i32) (param $k i64) (result i32 i32)
    (local $s i32) (local $i i32) (local $c i32) (local $start i32) (local $wlen i32)
    (local $recs i32) (local $n i32) (local $r i32) (local $word i64) (local $count i64)
    ;; a lower-cased copy of the text
    (local.set $s (call $alloc (local.get $len)))
    (block $copied
      (loop $copy
        (br_if $copied (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $c (i32.load8_u (i32.add (local.get $text) (local.get $i))))
        (if (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26))
          (then (local.set $c (i32.add (local.get $c) (i32.const 32)))))
        (i32.store8 (i32.add (local.get $s) (local.get $i)) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    (local.set $recs (call $alloc (i32.shl (i32.add (i32.shr_u (local.get $len) (i32.const 1)) (i32.const 1)) (i32.const 4))))
    ;; count each word in a record, in order of first appearance
    (local.set $i (i32.const 0))
    (block $counted
      (loop $words
        (block $word
          (loop $skip
            (br_if $counted (i32.ge_u (local.get $i) (local.get $len)))
            (br_if $word (i32.eqz (call $space (i32.load8_u (i32.add (local.get $s) (local.get $i))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $skip)))
        (local.set $start (i32.add (local.get $s) (local.get $i)))
        (block $end
          (loop $chars
            (br_if $end (i32.ge_u (local.get $i) (local.get $len)))
            (br_if $end (call $space (i32.load8_u (i32.add (local.get $s) (local.get $i)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $chars)))
        (local.set $wlen (i32.sub (i32.add (local.get $s) (local.get $i)) (local.get $start)))
        (local.set $r (local.get $recs))
        (block $found
          (loop $find
            (if (i32.eq (local.get $r) (i32.add (local.get $recs) (i32.shl (local.get $n) (i32.const 4))))
              (then
                (i32.store (local.get $r) (local.get $start))
                (i32.store offset=4 (local.get $r) (local.get $wlen))
                (i64.store offset=8 (local.get $r) (i64.const 0))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (br $found)))
            (if (i32.eq (i32.load offset=4 (local.get $r)) (local.get $wlen))
              (then (br_if $found (call $same (i32.load (local.get $r)) (local.get $start) (local.get $wlen)))))
            (local.set $r (i32.add (local.get $r) (i32.const 16)))
            (br $find)))
        (i64.store offset=8 (local.get $r) (i64.add (i64.load offset=8 (local.get $r)) (i64.const 1)))
        (br $words)))
    ;; insertion sort by count, descending; stable, so ties keep their first appearance
    (local.set $i (i32.const 1))
    (block $sorted
      (loop $each
        (br_if $sorted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $r (i32.add (local.get $recs) (i32.shl (local.get $i) (i32.const 4))))
        (local.set $word (i64.load (local.get $r)))
        (local.set $count (i64.load offset=8 (local.get $r)))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eq (local.get $r) (local.get $recs)))
            (br_if $placed (i64.ge_s (i64.load offset=8 (i32.sub (local.get $r) (i32.const 16))) (local.get $count)))
            (i64.store (local.get $r) (i64.load (i32.sub (local.get $r) (i32.const 16))))
            (i64.store offset=8 (local.get $r) (i64.load (i32.sub (local.get $r) (i32.const 8))))
            (local.set $r (i32.sub (local.get $r) (i32.const 16)))
            (br $shift)))
        (i64.store (local.get $r) (local.get $word))
        (i64.store offset=8 (local.get $r) (local.get $count))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $recs)
    (select (local.get $n) (i32.wrap_i64 (local.get $k))
      (i64.lt_s (i64.extend_i32_u (local.get $n)) (local.get $k)))))
