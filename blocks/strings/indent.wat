;; indent: s with n spaces put before every line that has text (lines end at \n; an empty line, or one
;; that is just \r, gets none); s itself when n <= 0. A result over 2 GB faults (5).
(module
  (func ${fn} (param $s i32) (param $n i64) (result i32)
    (local $src i32) (local $len i32) (local $i i32) (local $e i32) (local $k i32) (local $w i32) (local $size i64) (local $out i32) (local $d i32)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $len (i32.load (local.get $s)))
    (if (i64.le_s (local.get $n) (i64.const 0)) (then (return (call ${fn}__slice (local.get $src) (local.get $len)))))
    ;; count the lines that get spaces
    (block $counted
      (loop $line
        (local.set $e (call ${fn}__eol (local.get $src) (local.get $i) (local.get $len)))
        (local.set $k (i32.add (local.get $k) (call ${fn}__text (local.get $src) (local.get $i) (local.get $e))))
        (br_if $counted (i32.ge_u (local.get $e) (local.get $len)))
        (local.set $i (i32.add (local.get $e) (i32.const 1)))
        (br $line)))
    (if (i32.eqz (local.get $k)) (then (return (call ${fn}__slice (local.get $src) (local.get $len)))))
    (if (i64.gt_u (local.get $n) (i64.const 0x7FFF0000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $size (i64.add (i64.extend_i32_u (local.get $len)) (i64.mul (local.get $n) (i64.extend_i32_u (local.get $k)))))
    (if (i64.gt_u (local.get $size) (i64.const 0x7FFF0000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $w (i32.wrap_i64 (local.get $n)))
    (local.set $out (call $rt_str_alloc (i32.wrap_i64 (local.get $size))))
    (local.set $d (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $line
        (local.set $e (call ${fn}__eol (local.get $src) (local.get $i) (local.get $len)))
        (if (call ${fn}__text (local.get $src) (local.get $i) (local.get $e))
          (then
            (memory.fill (local.get $d) (i32.const 0x20) (local.get $w))
            (local.set $d (i32.add (local.get $d) (local.get $w)))))
        ;; the line and its \n
        (local.set $e (select (i32.add (local.get $e) (i32.const 1)) (local.get $e) (i32.lt_u (local.get $e) (local.get $len))))
        (memory.copy (local.get $d) (i32.add (local.get $src) (local.get $i)) (i32.sub (local.get $e) (local.get $i)))
        (local.set $d (i32.add (local.get $d) (i32.sub (local.get $e) (local.get $i))))
        (local.set $i (local.get $e))
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (br $line)))
    (local.get $out))
  ;; whether the line at bytes [i, e) has text: not empty and not just "\r"
  (func ${fn}__text (param $p i32) (param $i i32) (param $e i32) (result i32)
    (local $l i32)
    (local.set $l (i32.sub (local.get $e) (local.get $i)))
    (i32.and (i32.ne (local.get $l) (i32.const 0))
             (i32.or (i32.ne (local.get $l) (i32.const 1)) (i32.ne (i32.load8_u (i32.add (local.get $p) (local.get $i))) (i32.const 13)))))
  ;; the offset of the first \n at or after i in the n bytes at p, or n; 16 bytes at a time
  (func ${fn}__eol (param $p i32) (param $i i32) (param $n i32) (result i32)
    (local $mask i32)
    (block $tail
      (loop $chunk
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $mask (i8x16.bitmask (i8x16.eq (v128.load (i32.add (local.get $p) (local.get $i))) (i8x16.splat (i32.const 10)))))
        (if (local.get $mask) (then (return (i32.add (local.get $i) (i32.ctz (local.get $mask))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunk)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (br_if $done (i32.eq (i32.load8_u (i32.add (local.get $p) (local.get $i))) (i32.const 10)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (local.get $i))
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
