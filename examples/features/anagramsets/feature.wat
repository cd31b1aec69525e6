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

  (func $lower (param $c i32) (result i32)
    (select (i32.or (local.get $c) (i32.const 32)) (local.get $c)
            (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26))))

  ;; whether two words are anagrams: $tally (256 i32 counts, all zero between calls) goes up for a and back down for b
  (func $anagrams (param $a i32) (param $b i32) (param $n i32) (param $tally i32) (result i32)
    (local $i i32) (local $slot i32) (local $same i32)
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $slot (i32.add (local.get $tally) (i32.shl (call $lower (i32.load8_u (i32.add (local.get $a) (local.get $i)))) (i32.const 2))))
        (i32.store (local.get $slot) (i32.add (i32.load (local.get $slot)) (i32.const 1)))
        (local.set $slot (i32.add (local.get $tally) (i32.shl (call $lower (i32.load8_u (i32.add (local.get $b) (local.get $i)))) (i32.const 2))))
        (i32.store (local.get $slot) (i32.sub (i32.load (local.get $slot)) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (local.set $same (i32.const 1))
    (local.set $i (i32.const 0))
    (block $checked
      (loop $check
        (br_if $checked (i32.ge_u (local.get $i) (i32.const 1024)))
        (if (i32.load (i32.add (local.get $tally) (local.get $i))) (then (local.set $same (i32.const 0))))
        (i32.store (i32.add (local.get $tally) (local.get $i)) (i32.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $check)))
    (local.get $same))

  ;; words: (start i32, length i32) records; a word counts when no earlier word is its anagram
  (func (export "anagramsets") (param $s i32) (param $n i32) (result i64)
    (local $end i32) (local $tally i32) (local $words i32) (local $count i32) (local $start i32) (local $len i32)
    (local $p i32) (local $sets i64)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $tally (call $alloc (i32.const 1024)))
    (memory.fill (local.get $tally) (i32.const 0) (i32.const 1024))
    (local.set $words (call $alloc (i32.shl (local.get $n) (i32.const 3))))
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
        (local.set $p (local.get $words))
        (block $new
          (block $seen
            (loop $earlier
              (br_if $new (i32.ge_u (local.get $p) (i32.add (local.get $words) (i32.shl (local.get $count) (i32.const 3)))))
              (br_if $seen (i32.and (i32.eq (i32.load offset=4 (local.get $p)) (local.get $len))
                                    (call $anagrams (i32.load (local.get $p)) (local.get $start) (local.get $len) (local.get $tally))))
              (local.set $p (i32.add (local.get $p) (i32.const 8)))
              (br $earlier)))
          (br $word))
        (local.set $sets (i64.add (local.get $sets) (i64.const 1)))
        (i32.store (local.get $p) (local.get $start))
        (i32.store offset=4 (local.get $p) (local.get $len))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (br $word)))
    (local.get $sets)))
