;; truncate: s when it has at most n code points; else its first n - 1 code points and "…" (U+2026),
;; n code points in all; "" when n <= 0. Walks at most n + 1 code points.
(module
  (func ${fn} (param $s i32) (param $n i64) (result i32)
    (local $src i32) (local $len i32) (local $i i32) (local $k i64) (local $cut i32) (local $out i32)
    (if (i64.le_s (local.get $n) (i64.const 0)) (then (return (call $rt_str_alloc (i32.const 0)))))
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $len (i32.load (local.get $s)))
    (block $long
      (loop $next
        (if (i32.ge_u (local.get $i) (local.get $len)) (then (return (call ${fn}__slice (local.get $src) (local.get $len)))))
        (if (i64.eq (local.get $k) (i64.sub (local.get $n) (i64.const 1))) (then (local.set $cut (local.get $i))))
        (br_if $long (i64.eq (local.get $k) (local.get $n)))
        (local.set $i (i32.add (local.get $i) (call ${fn}__seqlen (i32.load8_u (i32.add (local.get $src) (local.get $i))))))
        (local.set $k (i64.add (local.get $k) (i64.const 1)))
        (br $next)))
    ;; more than n code points: the first n - 1 and an ellipsis (E2 80 A6)
    (local.set $out (call $rt_str_alloc (i32.add (local.get $cut) (i32.const 3))))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (local.get $src) (local.get $cut))
    (i32.store8 offset=8 (i32.add (local.get $out) (local.get $cut)) (i32.const 0xE2))
    (i32.store8 offset=9 (i32.add (local.get $out) (local.get $cut)) (i32.const 0x80))
    (i32.store8 offset=10 (i32.add (local.get $out) (local.get $cut)) (i32.const 0xA6))
    (local.get $out))
  ;; bytes in the UTF-8 sequence that starts with lead byte b
  (func ${fn}__seqlen (param $b i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $b) (i32.const 0x80)) (then (i32.const 1))
      (else (if (result i32) (i32.lt_u (local.get $b) (i32.const 0xE0)) (then (i32.const 2))
        (else (select (i32.const 3) (i32.const 4) (i32.lt_u (local.get $b) (i32.const 0xF0))))))))
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
