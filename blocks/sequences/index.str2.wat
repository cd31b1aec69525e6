;; index of a substring: Knuth-Morris-Pratt over the UTF-8 bytes (linear in both lengths; a
;; byte match of valid UTF-8 is a code point match), then the byte offset becomes a code point
;; index. 0 for an empty sub, -1 when absent. The prefix table is scratch, released at the end.
(module

  (func ${fn} (param $s i32) (param $sub i32) (result i64)
    (local $n i32) (local $m i32) (local $mark i32) (local $pi i32) (local $k i32) (local $q i32) (local $i i32)
    (local $c i32) (local $at i32) (local $cp i32) (local $t i32) (local $p i32)
    (local.set $n (i32.load (local.get $s)))
    (local.set $m (i32.load (local.get $sub)))
    (if (i32.eqz (local.get $m)) (then (return (i64.const 0))))
    (if (i32.gt_u (local.get $m) (local.get $n)) (then (return (i64.const -1))))
    (local.set $t (i32.add (local.get $s) (i32.const 8)))
    (local.set $p (i32.add (local.get $sub) (i32.const 8)))
    (local.set $mark (call $rt_mark))
    ;; pi[q] = length of the longest proper border of sub[0..q]
    (local.set $pi (call $rt_alloc (i32.shl (local.get $m) (i32.const 2))))
    (i32.store (local.get $pi) (i32.const 0))
    (local.set $q (i32.const 1))
    (block $built
      (loop $build
        (br_if $built (i32.ge_u (local.get $q) (local.get $m)))
        (local.set $c (i32.load8_u (i32.add (local.get $p) (local.get $q))))
        (block $stop
          (loop $fall
            (br_if $stop (i32.eqz (local.get $k)))
            (br_if $stop (i32.eq (i32.load8_u (i32.add (local.get $p) (local.get $k))) (local.get $c)))
            (local.set $k (i32.load (i32.add (local.get $pi) (i32.shl (i32.sub (local.get $k) (i32.const 1)) (i32.const 2)))))
            (br $fall)))
        (if (i32.eq (i32.load8_u (i32.add (local.get $p) (local.get $k))) (local.get $c))
          (then (local.set $k (i32.add (local.get $k) (i32.const 1)))))
        (i32.store (i32.add (local.get $pi) (i32.shl (local.get $q) (i32.const 2))) (local.get $k))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $build)))
    ;; search
    (local.set $at (i32.const -1))
    (local.set $q (i32.const 0))
    (block $found
      (loop $scan
        (br_if $found (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $t) (local.get $i))))
        (block $stop2
          (loop $fall2
            (br_if $stop2 (i32.eqz (local.get $q)))
            (br_if $stop2 (i32.eq (i32.load8_u (i32.add (local.get $p) (local.get $q))) (local.get $c)))
            (local.set $q (i32.load (i32.add (local.get $pi) (i32.shl (i32.sub (local.get $q) (i32.const 1)) (i32.const 2)))))
            (br $fall2)))
        (if (i32.eq (i32.load8_u (i32.add (local.get $p) (local.get $q))) (local.get $c))
          (then (local.set $q (i32.add (local.get $q) (i32.const 1)))))
        (if (i32.eq (local.get $q) (local.get $m))
          (then (local.set $at (i32.sub (i32.add (local.get $i) (i32.const 1)) (local.get $m))) (br $found)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $scan)))
    (call $rt_reset (local.get $mark))
    (if (i32.lt_s (local.get $at) (i32.const 0)) (then (return (i64.const -1))))
    ;; code points before the match
    (local.set $i (i32.const 0))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $i) (local.get $at)))
        (local.set $cp (i32.add (local.get $cp)
          (i32.ne (i32.and (i32.load8_u (i32.add (local.get $t) (local.get $i))) (i32.const 0xC0)) (i32.const 0x80))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (i64.extend_i32_u (local.get $cp))))
