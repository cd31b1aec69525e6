;; split: the pieces of s between non-overlapping occurrences of sep, left to right (KMP search, so
;; linear); an empty sep faults (4). n occurrences give n + 1 pieces; "" gives [""].
(module
  (func ${fn} (param $s i32) (param $sep i32) (result i32)
    (local $src i32) (local $n i32) (local $pat i32) (local $m i32) (local $t i32)
    (local $k i32) (local $i i32) (local $j i32) (local $out i32) (local $slot i32)
    (local.set $m (i32.load (local.get $sep)))
    (if (i32.eqz (local.get $m)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    (local.set $pat (i32.add (local.get $sep) (i32.const 8)))
    (local.set $t (call ${fn}__fail (local.get $pat) (local.get $m)))
    ;; count the occurrences
    (block $counted
      (loop $count
        (local.set $j (call ${fn}__find (local.get $src) (local.get $n) (local.get $i) (local.get $pat) (local.get $m) (local.get $t)))
        (br_if $counted (i32.lt_s (local.get $j) (i32.const 0)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (local.set $i (i32.add (local.get $j) (local.get $m)))
        (br $count)))
    (local.set $out (call $rt_arr_alloc (i32.add (local.get $k) (i32.const 1)) (i32.const 4)))
    (local.set $slot (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $piece
        (local.set $j (call ${fn}__find (local.get $src) (local.get $n) (local.get $i) (local.get $pat) (local.get $m) (local.get $t)))
        (br_if $done (i32.lt_s (local.get $j) (i32.const 0)))
        (i32.store (local.get $slot) (call ${fn}__slice (i32.add (local.get $src) (local.get $i)) (i32.sub (local.get $j) (local.get $i))))
        (local.set $slot (i32.add (local.get $slot) (i32.const 4)))
        (local.set $i (i32.add (local.get $j) (local.get $m)))
        (br $piece)))
    (i32.store (local.get $slot) (call ${fn}__slice (i32.add (local.get $src) (local.get $i)) (i32.sub (local.get $n) (local.get $i))))
    (local.get $out))
  ;; KMP failure table of the pattern (m > 0 bytes at pat): fail[q] = longest proper border of pat[0..q]
  (func ${fn}__fail (param $pat i32) (param $m i32) (result i32)
    (local $t i32) (local $q i32) (local $k i32) (local $c i32)
    (local.set $t (call $rt_alloc (i32.shl (local.get $m) (i32.const 2))))
    (i32.store (local.get $t) (i32.const 0))
    (local.set $q (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $q) (local.get $m)))
        (local.set $c (i32.load8_u (i32.add (local.get $pat) (local.get $q))))
        (block $found
          (loop $shrink
            (br_if $found (i32.eqz (local.get $k)))
            (br_if $found (i32.eq (i32.load8_u (i32.add (local.get $pat) (local.get $k))) (local.get $c)))
            (local.set $k (i32.load (i32.add (local.get $t) (i32.shl (i32.sub (local.get $k) (i32.const 1)) (i32.const 2)))))
            (br $shrink)))
        (if (i32.eq (i32.load8_u (i32.add (local.get $pat) (local.get $k))) (local.get $c))
          (then (local.set $k (i32.add (local.get $k) (i32.const 1)))))
        (i32.store (i32.add (local.get $t) (i32.shl (local.get $q) (i32.const 2))) (local.get $k))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $next)))
    (local.get $t))
  ;; the first byte offset >= i where pat (m > 0 bytes, failure table t) occurs in the n bytes at p, or -1
  (func ${fn}__find (param $p i32) (param $n i32) (param $i i32) (param $pat i32) (param $m i32) (param $t i32) (result i32)
    (local $q i32) (local $c i32) (local $first v128) (local $mask i32)
    (local.set $first (i8x16.splat (i32.load8_u (local.get $pat))))
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $i) (local.get $n)))
        ;; with nothing matched yet, skip 16 bytes at a time to the next copy of the pattern's first byte
        (if (i32.and (i32.eqz (local.get $q)) (i32.le_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
          (then
            (local.set $mask (i8x16.bitmask (i8x16.eq (v128.load (i32.add (local.get $p) (local.get $i))) (local.get $first))))
            (if (i32.eqz (local.get $mask))
              (then (local.set $i (i32.add (local.get $i) (i32.const 16))) (br $next)))
            (local.set $i (i32.add (local.get $i) (i32.ctz (local.get $mask))))))
        (local.set $c (i32.load8_u (i32.add (local.get $p) (local.get $i))))
        (block $found
          (loop $shrink
            (br_if $found (i32.eqz (local.get $q)))
            (br_if $found (i32.eq (i32.load8_u (i32.add (local.get $pat) (local.get $q))) (local.get $c)))
            (local.set $q (i32.load (i32.add (local.get $t) (i32.shl (i32.sub (local.get $q) (i32.const 1)) (i32.const 2)))))
            (br $shrink)))
        (if (i32.eq (i32.load8_u (i32.add (local.get $pat) (local.get $q))) (local.get $c))
          (then (local.set $q (i32.add (local.get $q) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (if (i32.eq (local.get $q) (local.get $m))
          (then (return (i32.sub (local.get $i) (local.get $m)))))
        (br $next)))
    (i32.const -1))
  ;; a new string holding the n bytes at p
  (func ${fn}__slice (param $p i32) (param $n i32) (result i32)
    (local $out i32)
    (local.set $out (call $rt_str_alloc (local.get $n)))
    (call ${fn}__copy (i32.add (local.get $out) (i32.const 8)) (local.get $p) (local.get $n))
    (local.get $out))
  ;; copies n bytes from s to d (distinct regions): short runs byte by byte, which beats the engine's
  ;; memory.copy call for the few bytes of a word, longer ones with memory.copy
  (func ${fn}__copy (param $d i32) (param $s i32) (param $n i32)
    (if (i32.gt_u (local.get $n) (i32.const 24))
      (then (memory.copy (local.get $d) (local.get $s) (local.get $n)) (return)))
    (block $done
      (loop $byte
        (br_if $done (i32.eqz (local.get $n)))
        (i32.store8 (local.get $d) (i32.load8_u (local.get $s)))
        (local.set $d (i32.add (local.get $d) (i32.const 1)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $byte))))
)
