;; wrap: the words of s (runs of non-White_Space) filled greedily into lines of at most width code
;; points, one space between words; a word longer than width is cut into pieces of width code points
;; (the last piece starting a line). width < 1 faults (4). A line is at least one byte of s, so the
;; result array is allocated for n lines and its length set when done.
(module
  (func ${fn} (param $s i32) (param $width i64) (result i32)
    (local $src i32) (local $end i32) (local $p i32) (local $ws i32) (local $c i32) (local $k i32)
    (local $out i32) (local $lines i32) (local $ls i32) (local $le i32) (local $len i32) (local $q i32) (local $w i32) (local $j i32)
    (if (i64.lt_s (local.get $width) (i64.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    ;; no line can be longer than the string, so a width beyond it acts like the string's length
    (local.set $w (i32.wrap_i64 (select (local.get $width) (i64.const 0x7FFFFFFF) (i64.lt_s (local.get $width) (i64.const 0x7FFFFFFF)))))
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $src) (i32.load (local.get $s))))
    (local.set $out (call $rt_arr_alloc (i32.load (local.get $s)) (i32.const 4)))
    (local.set $ls (i32.const -1))
    (local.set $p (local.get $src))
    (block $done
      (loop $word
        (block $found
          (loop $skip
            (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $c (i32.load8_u (local.get $p)))
            (if (i32.lt_u (local.get $c) (i32.const 0x80))
              (then
                ;; ASCII whitespace: space, \t \n \v \f \r
                (br_if $found (i32.eqz (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5)))))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br $skip)))
            (local.set $c (call ${fn}__dec (local.get $p)))
            (br_if $found (i32.eqz (call ${fn}__ws (local.get $c))))
            (local.set $p (i32.add (local.get $p) (call ${fn}__cplen (local.get $c))))
            (br $skip)))
        ;; the word [ws, p) of k code points
        (local.set $ws (local.get $p))
        (local.set $k (i32.const 0))
        (block $ended
          (loop $take
            (br_if $ended (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $c (i32.load8_u (local.get $p)))
            (if (i32.lt_u (local.get $c) (i32.const 0x80))
              (then
                (br_if $ended (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))
                (local.set $p (i32.add (local.get $p) (i32.const 1))))
              (else
                (local.set $c (call ${fn}__dec (local.get $p)))
                (br_if $ended (call ${fn}__ws (local.get $c)))
                (local.set $p (i32.add (local.get $p) (call ${fn}__cplen (local.get $c))))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $take)))
        (block $placed
          (if (i32.ne (local.get $ls) (i32.const -1))
            (then
              ;; fits on the current line after a space?
              (if (i64.le_u (i64.add (i64.extend_i32_u (local.get $len)) (i64.extend_i32_u (i32.add (local.get $k) (i32.const 1)))) (i64.extend_i32_u (local.get $w)))
                (then
                  (local.set $le (local.get $p))
                  (local.set $len (i32.add (local.get $len) (i32.add (local.get $k) (i32.const 1))))
                  (br $placed)))
              (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $lines) (i32.const 2)))
                (call ${fn}__line (local.get $ls) (local.get $le)))
              (local.set $lines (i32.add (local.get $lines) (i32.const 1)))))
          ;; cut a long word into lines of w code points
          (local.set $q (local.get $ws))
          (block $short
            (loop $cut
              (br_if $short (i32.le_u (local.get $k) (local.get $w)))
              (local.set $ws (local.get $q))
              (local.set $j (i32.const 0))
              (block $piece
                (loop $adv
                  (br_if $piece (i32.ge_u (local.get $j) (local.get $w)))
                  (local.set $q (i32.add (local.get $q) (call ${fn}__seqlen (i32.load8_u (local.get $q)))))
                  (local.set $j (i32.add (local.get $j) (i32.const 1)))
                  (br $adv)))
              (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $lines) (i32.const 2)))
                (call ${fn}__slice (local.get $ws) (i32.sub (local.get $q) (local.get $ws))))
              (local.set $lines (i32.add (local.get $lines) (i32.const 1)))
              (local.set $k (i32.sub (local.get $k) (local.get $w)))
              (br $cut)))
          (local.set $ls (local.get $q))
          (local.set $le (local.get $p))
          (local.set $len (local.get $k)))
        (br $word)))
    (if (i32.ne (local.get $ls) (i32.const -1))
      (then
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $lines) (i32.const 2)))
          (call ${fn}__line (local.get $ls) (local.get $le)))
        (local.set $lines (i32.add (local.get $lines) (i32.const 1)))))
    (i32.store (local.get $out) (local.get $lines))
    (local.get $out))
  ;; a new string of the bytes [a, b), each whitespace run in them turned into one space
  (func ${fn}__line (param $a i32) (param $b i32) (result i32)
    (local $out i32) (local $d i32) (local $c i32) (local $l i32) (local $w i32) (local $gap i32)
    (local.set $out (call $rt_str_alloc (i32.sub (local.get $b) (local.get $a))))
    (local.set $d (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $a) (local.get $b)))
        (local.set $c (i32.load8_u (local.get $a)))
        (local.set $l (i32.const 1))
        (if (i32.lt_u (local.get $c) (i32.const 0x80))
          (then (local.set $w (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5)))))
          (else
            (local.set $c (call ${fn}__dec (local.get $a)))
            (local.set $l (call ${fn}__cplen (local.get $c)))
            (local.set $w (call ${fn}__ws (local.get $c)))))
        (if (local.get $w)
          (then (local.set $gap (i32.const 1)))
          (else
            (if (local.get $gap)
              (then (i32.store8 (local.get $d) (i32.const 0x20)) (local.set $d (i32.add (local.get $d) (i32.const 1))) (local.set $gap (i32.const 0))))
            (call ${fn}__copy (local.get $d) (local.get $a) (local.get $l))
            (local.set $d (i32.add (local.get $d) (local.get $l)))))
        (local.set $a (i32.add (local.get $a) (local.get $l)))
        (br $next)))
    (i32.store (local.get $out) (i32.sub (local.get $d) (i32.add (local.get $out) (i32.const 8))))
    (local.get $out))
  ;; the code point whose UTF-8 encoding starts at p (strings are valid UTF-8)
  (func ${fn}__dec (param $p i32) (result i32)
    (local $b i32)
    (local.set $b (i32.load8_u (local.get $p)))
    (if (i32.lt_u (local.get $b) (i32.const 0x80)) (then (return (local.get $b))))
    (if (i32.lt_u (local.get $b) (i32.const 0xE0))
      (then (return (i32.or (i32.shl (i32.and (local.get $b) (i32.const 0x1F)) (i32.const 6))
                            (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3F))))))
    (if (i32.lt_u (local.get $b) (i32.const 0xF0))
      (then (return (i32.or (i32.or (i32.shl (i32.and (local.get $b) (i32.const 0x0F)) (i32.const 12))
                                    (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3F)) (i32.const 6)))
                            (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3F))))))
    (i32.or (i32.or (i32.shl (i32.and (local.get $b) (i32.const 0x07)) (i32.const 18))
                    (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3F)) (i32.const 12)))
            (i32.or (i32.shl (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3F)) (i32.const 6))
                    (i32.and (i32.load8_u offset=3 (local.get $p)) (i32.const 0x3F)))))
  ;; bytes in the UTF-8 sequence that starts with lead byte b
  (func ${fn}__seqlen (param $b i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $b) (i32.const 0x80)) (then (i32.const 1))
      (else (if (result i32) (i32.lt_u (local.get $b) (i32.const 0xE0)) (then (i32.const 2))
        (else (select (i32.const 3) (i32.const 4) (i32.lt_u (local.get $b) (i32.const 0xF0))))))))
  ;; bytes in the UTF-8 encoding of code point c
  (func ${fn}__cplen (param $c i32) (result i32)
    (i32.add (i32.add (i32.const 1) (i32.ge_u (local.get $c) (i32.const 0x80)))
             (i32.add (i32.ge_u (local.get $c) (i32.const 0x800)) (i32.ge_u (local.get $c) (i32.const 0x10000)))))
  ;; Unicode White_Space: U+0009-000D, U+0020, U+0085, U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000
  (func ${fn}__ws (param $c i32) (result i32)
    (if (i32.lt_u (local.get $c) (i32.const 0x80))
      (then (return (i32.or (i32.eq (local.get $c) (i32.const 0x20))
                            (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))))
    (if (i32.lt_u (local.get $c) (i32.const 0x1680))
      (then (return (i32.or (i32.eq (local.get $c) (i32.const 0x85)) (i32.eq (local.get $c) (i32.const 0xA0))))))
    (i32.or
      (i32.or (i32.eq (local.get $c) (i32.const 0x1680)) (i32.lt_u (i32.sub (local.get $c) (i32.const 0x2000)) (i32.const 11)))
      (i32.or
        (i32.or (i32.eq (local.get $c) (i32.const 0x2028)) (i32.eq (local.get $c) (i32.const 0x2029)))
        (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x202F)) (i32.eq (local.get $c) (i32.const 0x205F)))
                (i32.eq (local.get $c) (i32.const 0x3000))))))
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
