;; lcp: the longest common prefix of the strings of xs, by code points (the common byte prefix cut
;; back to a character boundary); "" for no strings.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $k i32) (local $first i32) (local $l i32) (local $j i32) (local $y i32) (local $i i32) (local $m i32)
    (local.set $k (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $k)) (then (return (call $rt_str_alloc (i32.const 0)))))
    (local.set $first (i32.load offset=8 (local.get $xs)))
    (local.set $l (i32.load (local.get $first)))
    (local.set $j (i32.const 1))
    (block $all
      (loop $each
        (br_if $all (i32.ge_u (local.get $j) (local.get $k)))
        (br_if $all (i32.eqz (local.get $l)))
        (local.set $y (i32.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $j) (i32.const 2)))))
        (local.set $m (i32.load (local.get $y)))
        (if (i32.lt_u (local.get $m) (local.get $l)) (then (local.set $l (local.get $m))))
        ;; how far the bytes agree: 16 at a time, then one by one
        (local.set $i (i32.const 0))
        (block $diff
          (loop $chunk
            (br_if $diff (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $l)))
            (br_if $diff (v128.any_true (v128.xor (v128.load offset=8 (i32.add (local.get $first) (local.get $i)))
                                                  (v128.load offset=8 (i32.add (local.get $y) (local.get $i))))))
            (local.set $i (i32.add (local.get $i) (i32.const 16)))
            (br $chunk)))
        (block $stop
          (loop $byte
            (br_if $stop (i32.ge_u (local.get $i) (local.get $l)))
            (br_if $stop (i32.ne (i32.load8_u offset=8 (i32.add (local.get $first) (local.get $i)))
                                 (i32.load8_u offset=8 (i32.add (local.get $y) (local.get $i)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $byte)))
        (local.set $l (local.get $i))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $each)))
    ;; a prefix ending inside a character of the first string goes back to that character's start
    (block $cut
      (loop $back
        (br_if $cut (i32.ge_u (local.get $l) (i32.load (local.get $first))))
        (br_if $cut (i32.ne (i32.and (i32.load8_u offset=8 (i32.add (local.get $first) (local.get $l))) (i32.const 0xC0)) (i32.const 0x80)))
        (local.set $l (i32.sub (local.get $l) (i32.const 1)))
        (br $back)))
    (call ${fn}__slice (i32.add (local.get $first) (i32.const 8)) (local.get $l)))
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
