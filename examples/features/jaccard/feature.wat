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

  ;; whether the (ptr, len) records at a and b hold the same word
  (func $same (param $a i32) (param $b i32) (result i32)
    (local $n i32) (local $p i32) (local $q i32)
    (local.set $n (i32.load offset=4 (local.get $a)))
    (if (i32.ne (local.get $n) (i32.load offset=4 (local.get $b))) (then (return (i32.const 0))))
    (local.set $p (i32.load (local.get $a)))
    (local.set $q (i32.load (local.get $b)))
    (block $differ
      (loop $next
        (if (i32.eqz (local.get $n)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne (i32.load8_u (local.get $p)) (i32.load8_u (local.get $q))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  ;; the distinct words of a lower-cased copy of the text, as (ptr, len) records
  (func $words (param $text i32) (param $n i32) (result i32 i32)
    (local $s i32) (local $end i32) (local $i i32) (local $c i32) (local $p i32)
    (local $recs i32) (local $count i32) (local $new i32) (local $r i32)
    (local.set $s (call $alloc (local.get $n)))
    (block $lowered
      (loop $copy
        (br_if $lowered (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $text) (local.get $i))))
        (if (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26))
          (then (local.set $c (i32.or (local.get $c) (i32.const 32)))))
        (i32.store8 (i32.add (local.get $s) (local.get $i)) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    (local.set $recs (call $alloc (i32.shl (i32.add (i32.shr_u (local.get $n) (i32.const 1)) (i32.const 1)) (i32.const 3))))
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $p (local.get $s))
    (block $done
      (loop $word
        (block $found
          (loop $skip
            (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
            (br_if $found (i32.eqz (call $space (i32.load8_u (local.get $p)))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $skip)))
        ;; the word is written as the next record, which counts only if no earlier record is the same
        (local.set $new (i32.add (local.get $recs) (i32.shl (local.get $count) (i32.const 3))))
        (i32.store (local.get $new) (local.get $p))
        (block $ended
          (loop $char
            (br_if $ended (i32.ge_u (local.get $p) (local.get $end)))
            (br_if $ended (call $space (i32.load8_u (local.get $p))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $char)))
        (i32.store offset=4 (local.get $new) (i32.sub (local.get $p) (i32.load (local.get $new))))
        (local.set $r (local.get $recs))
        (block $seen
          (loop $find
            (if (i32.eq (local.get $r) (local.get $new))
              (then
                (local.set $count (i32.add (local.get $count) (i32.const 1)))
                (br $seen)))
            (br_if $seen (call $same (local.get $r) (local.get $new)))
            (local.set $r (i32.add (local.get $r) (i32.const 8)))
            (br $find)))
        (br $word)))
    (local.get $recs) (local.get $count))

  (func (export "jaccard") (param $a i32) (param $na i32) (param $b i32) (param $nb i32) (result f64)
    (local $x i32) (local $nx i32) (local $y i32) (local $ny i32) (local $p i32) (local $q i32) (local $common i32)
    (call $words (local.get $a) (local.get $na))
    (local.set $nx)
    (local.set $x)
    (call $words (local.get $b) (local.get $nb))
    (local.set $ny)
    (local.set $y)
    (if (i32.eqz (i32.add (local.get $nx) (local.get $ny))) (then (return (f64.const 1))))
    (local.set $p (local.get $x))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $p) (i32.add (local.get $x) (i32.shl (local.get $nx) (i32.const 3)))))
        (local.set $q (local.get $y))
        (block $next
          (loop $match
            (br_if $next (i32.ge_u (local.get $q) (i32.add (local.get $y) (i32.shl (local.get $ny) (i32.const 3)))))
            (local.set $common (i32.add (local.get $common) (call $same (local.get $p) (local.get $q))))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))
            (br $match)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $each)))
    (f64.div (f64.convert_i32_u (local.get $common))
             (f64.convert_i32_u (i32.sub (i32.add (local.get $nx) (local.get $ny)) (local.get $common))))))
