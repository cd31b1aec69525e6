;; spans: the (start, end) code point offsets of every non-overlapping match of a regular expression,
;; left to right. This template is the regex engine of the category: findall, sub, search and
;; matches call it with the pattern prefixed by the byte 0xFF and a mode byte (no valid UTF-8 string
;; starts with 0xFF, so no user pattern can): mode bit 1 stops at the first match (search), bit 2
;; matches the whole string only (matches), bit 4 returns the byte offsets packed in an int array,
;; start | end << 32, instead of code point tuples.
;;
;; The pattern is compiled without recursion (two passes over it, explicit stacks in memory) into a
;; program of i32 words, run by a backtracking VM whose backtrack stack lives in memory too, so
;; neither deep nesting nor long subjects can overflow the wasm stack. Instructions (byte size):
;;   0 MATCH (4)   1 CHAR c (8)   2 ANY (4)   3 CLASS neg m lo hi ... (12 + 8m)   4 BOL 5 EOL (4)
;;   6 WORDB 7 NWORDB (4)   8 SPLIT alt (8)   9 JMP to (8)   10 REPSTART k test (12)
;;   11 SETPOS k (8)   12 REPEND k min (12)   13 REPTEST k min max lazy body (24)
;; Addresses are byte offsets in the code; k is the byte offset of a quantifier's two registers
;; (iteration count, position where the iteration began), written through a trail on the stack so
;; backtracking restores them. Stack entries are 8 bytes: (pc, pos) for a choice, (-1 - k, old value)
;; for a trail entry. Semantics are those of ECMAScript's RegExp: an optional iteration that matches
;; empty fails. blocks/regex/_engine.ts models this code exactly (same program, same step count).
;;
;; Faults: 4 (argument) for a pattern outside the subset, and when a call executes more than
;; 10^7 + 100 * (bytes of s) instructions (catastrophic backtracking).
(module
  (import "link" "{fn}_data" (global ${fn}_data i32))
  (func ${fn} (param $s i32) (param $re i32) (result i32)
    (local $pat i32) (local $plen i32) (local $mode i32) (local $mark i32) (local $prog i32)
    (local $buf i32) (local $k i32) (local $size i32) (local $c i32) (local $out i32) (local $src i32)
    (local $j i32) (local $b i32) (local $cpc i32) (local $a i32) (local $t i32)
    (local.set $pat (i32.add (local.get $re) (i32.const 8)))
    (local.set $plen (i32.load (local.get $re)))
    (if (i32.and (i32.ge_u (local.get $plen) (i32.const 2)) (i32.eq (i32.load8_u (local.get $pat)) (i32.const 0xFF)))
      (then
        (local.set $mode (i32.load8_u offset=1 (local.get $pat)))
        (local.set $pat (i32.add (local.get $pat) (i32.const 2)))
        (local.set $plen (i32.sub (local.get $plen) (i32.const 2)))))
    (local.set $mark (call $rt_mark))
    (local.set $prog (call ${fn}__compile (local.get $pat) (local.get $plen)))
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $buf (call ${fn}__scan (local.get $src) (i32.load (local.get $s)) (local.get $prog) (local.get $mode)))
    (local.set $k (i32.load (local.get $buf)))
    ;; free the scratch memory: the result goes where it began
    (local.set $size
      (if (result i32) (i32.and (local.get $mode) (i32.const 4))
        (then (i32.add (i32.const 8) (i32.shl (local.get $k) (i32.const 3))))
        (else (i32.add (i32.and (i32.add (i32.shl (local.get $k) (i32.const 2)) (i32.const 15)) (i32.const -8))
                       (i32.shl (local.get $k) (i32.const 4))))))
    (local.set $c (call ${fn}__lift (local.get $buf) (i32.add (i32.const 8) (i32.shl (local.get $k) (i32.const 3))) (local.get $mark) (local.get $size)))
    (if (i32.and (local.get $mode) (i32.const 4))
      (then
        (local.set $out (call $rt_arr_alloc (local.get $k) (i32.const 8)))
        (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (local.get $c) (i32.const 8)) (i32.shl (local.get $k) (i32.const 3)))
        (return (local.get $out))))
    ;; tuples of code point offsets: one walk over the bytes, the offsets only grow
    (local.set $out (call $rt_arr_alloc (local.get $k) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $j) (local.get $k)))
        (local.set $t (call $rt_alloc (i32.const 16)))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2))) (local.get $t))
        ;; start, then end
        (local.set $a (i32.load offset=8 (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 3)))))
        (block $at (loop $walk
          (br_if $at (i32.ge_u (local.get $b) (local.get $a)))
          (local.set $cpc (i32.add (local.get $cpc) (i32.ne (i32.and (i32.load8_u (i32.add (local.get $src) (local.get $b))) (i32.const 0xC0)) (i32.const 0x80))))
          (local.set $b (i32.add (local.get $b) (i32.const 1)))
          (br $walk)))
        (i64.store (local.get $t) (i64.extend_i32_u (local.get $cpc)))
        (local.set $a (i32.load offset=12 (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 3)))))
        (block $at2 (loop $walk2
          (br_if $at2 (i32.ge_u (local.get $b) (local.get $a)))
          (local.set $cpc (i32.add (local.get $cpc) (i32.ne (i32.and (i32.load8_u (i32.add (local.get $src) (local.get $b))) (i32.const 0xC0)) (i32.const 0x80))))
          (local.set $b (i32.add (local.get $b) (i32.const 1)))
          (br $walk2)))
        (i64.store offset=8 (local.get $t) (i64.extend_i32_u (local.get $cpc)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (local.get $out))

  ;; Copies the len bytes at buf above mark + size, resets the heap to mark and returns the copy:
  ;; the caller then allocates its result (size bytes, from mark) while reading the copy.
  (func ${fn}__lift (param $buf i32) (param $len i32) (param $mark i32) (param $size i32) (result i32)
    (local $top i32) (local $c i32)
    (local.set $top (call $rt_mark))
    (if (i32.lt_u (local.get $top) (i32.add (local.get $mark) (local.get $size)))
      (then (drop (call $rt_alloc (i32.sub (i32.add (local.get $mark) (local.get $size)) (local.get $top))))))
    (local.set $c (call $rt_alloc (local.get $len)))
    (memory.copy (local.get $c) (local.get $buf) (local.get $len))
    (call $rt_reset (local.get $mark))
    (local.get $c))

  ;; ---- the compiler ----

  ;; byte i of the pattern (n bytes at re), or -1 past its end
  (func ${fn}__at (param $re i32) (param $n i32) (param $i i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $i) (local.get $n))
      (then (i32.load8_u (i32.add (local.get $re) (local.get $i))))
      (else (i32.const -1))))

  ;; bytes in the UTF-8 sequence led by byte b
  (func ${fn}__len (param $b i32) (result i32)
    (i32.add (i32.add (i32.const 1) (i32.ge_u (local.get $b) (i32.const 0xC0)))
             (i32.add (i32.ge_u (local.get $b) (i32.const 0xE0)) (i32.ge_u (local.get $b) (i32.const 0xF0)))))

  ;; the code point whose UTF-8 encoding starts at p
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

  ;; \d \D \w \W \s \S: writes the escape's ranges at out (unless out is 0) and returns how many,
  ;; or -1 when e is not one of those letters. The ranges are in the data segment.
  (func ${fn}__esc (param $e i32) (param $out i32) (result i32)
    (local $at i32) (local $m i32)
    (local.set $m (i32.const -1))
    (if (i32.eq (local.get $e) (i32.const 0x64)) (then (local.set $at (i32.const 0)) (local.set $m (i32.const 1))))
    (if (i32.eq (local.get $e) (i32.const 0x44)) (then (local.set $at (i32.const 1)) (local.set $m (i32.const 2))))
    (if (i32.eq (local.get $e) (i32.const 0x77)) (then (local.set $at (i32.const 3)) (local.set $m (i32.const 4))))
    (if (i32.eq (local.get $e) (i32.const 0x57)) (then (local.set $at (i32.const 7)) (local.set $m (i32.const 5))))
    (if (i32.eq (local.get $e) (i32.const 0x73)) (then (local.set $at (i32.const 12)) (local.set $m (i32.const 2))))
    (if (i32.eq (local.get $e) (i32.const 0x53)) (then (local.set $at (i32.const 14)) (local.set $m (i32.const 3))))
    (if (i32.and (i32.ne (local.get $out) (i32.const 0)) (i32.gt_s (local.get $m) (i32.const 0)))
      (then (memory.copy (local.get $out) (i32.add (global.get ${fn}_data) (i32.shl (local.get $at) (i32.const 3)))
                         (i32.shl (local.get $m) (i32.const 3)))))
    (local.get $m))

  ;; the code point an escaped character stands for: \n \t \r, or one of .\()[]{}*+?|^$- itself; else -1
  (func ${fn}__cesc (param $e i32) (result i32)
    (if (i32.eq (local.get $e) (i32.const 0x6E)) (then (return (i32.const 10))))
    (if (i32.eq (local.get $e) (i32.const 0x74)) (then (return (i32.const 9))))
    (if (i32.eq (local.get $e) (i32.const 0x72)) (then (return (i32.const 13))))
    (if (i32.or
          (i32.or (i32.or (i32.eq (local.get $e) (i32.const 0x2E)) (i32.eq (local.get $e) (i32.const 0x5C)))
                  (i32.or (i32.eq (local.get $e) (i32.const 0x28)) (i32.eq (local.get $e) (i32.const 0x29))))
          (i32.or
            (i32.or (i32.or (i32.eq (local.get $e) (i32.const 0x5B)) (i32.eq (local.get $e) (i32.const 0x5D)))
                    (i32.or (i32.eq (local.get $e) (i32.const 0x7B)) (i32.eq (local.get $e) (i32.const 0x7D))))
            (i32.or
              (i32.or (i32.or (i32.eq (local.get $e) (i32.const 0x2A)) (i32.eq (local.get $e) (i32.const 0x2B)))
                      (i32.or (i32.eq (local.get $e) (i32.const 0x3F)) (i32.eq (local.get $e) (i32.const 0x7C))))
              (i32.or (i32.or (i32.eq (local.get $e) (i32.const 0x5E)) (i32.eq (local.get $e) (i32.const 0x24)))
                      (i32.eq (local.get $e) (i32.const 0x2D))))))
      (then (return (local.get $e))))
    (i32.const -1))

  ;; a decimal count at i: (value, next i); value -1 when there are no digits, -2 past 100000
  (func ${fn}__num (param $re i32) (param $n i32) (param $i i32) (result i32 i32)
    (local $v i32) (local $d i32)
    (local.set $v (i32.const -1))
    (block $done
      (loop $digit
        (local.set $d (i32.sub (call ${fn}__at (local.get $re) (local.get $n) (local.get $i)) (i32.const 0x30)))
        (br_if $done (i32.gt_u (local.get $d) (i32.const 9)))
        (local.set $v (i32.add (i32.mul (select (local.get $v) (i32.const 0) (i32.ge_s (local.get $v) (i32.const 0))) (i32.const 10)) (local.get $d)))
        (if (i32.gt_s (local.get $v) (i32.const 100000)) (then (return (i32.const -2) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $digit)))
    (local.get $v) (local.get $i))

  ;; the quantifier at q (one of * + ? {): (min, max (-1: none), lazy, end); end -1 when malformed
  (func ${fn}__quant (param $re i32) (param $n i32) (param $q i32) (result i32 i32 i32 i32)
    (local $c i32) (local $i i32) (local $min i32) (local $max i32) (local $lazy i32)
    (local.set $c (call ${fn}__at (local.get $re) (local.get $n) (local.get $q)))
    (local.set $i (i32.add (local.get $q) (i32.const 1)))
    (local.set $max (i32.const -1))
    (if (i32.eq (local.get $c) (i32.const 0x2B)) (then (local.set $min (i32.const 1))))
    (if (i32.eq (local.get $c) (i32.const 0x3F)) (then (local.set $max (i32.const 1))))
    (if (i32.eq (local.get $c) (i32.const 0x7B))
      (then
        (call ${fn}__num (local.get $re) (local.get $n) (local.get $i))
        (local.set $i) (local.set $min)
        (if (i32.lt_s (local.get $min) (i32.const 0)) (then (return (i32.const 0) (i32.const 0) (i32.const 0) (i32.const -1))))
        (local.set $c (call ${fn}__at (local.get $re) (local.get $n) (local.get $i)))
        (if (i32.eq (local.get $c) (i32.const 0x7D))
          (then (local.set $max (local.get $min)))
          (else
            (if (i32.ne (local.get $c) (i32.const 0x2C)) (then (return (i32.const 0) (i32.const 0) (i32.const 0) (i32.const -1))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (if (i32.ne (call ${fn}__at (local.get $re) (local.get $n) (local.get $i)) (i32.const 0x7D))
              (then
                (call ${fn}__num (local.get $re) (local.get $n) (local.get $i))
                (local.set $i) (local.set $max)
                (if (i32.or (i32.or (i32.lt_s (local.get $max) (i32.const 0)) (i32.lt_s (local.get $max) (local.get $min)))
                            (i32.ne (call ${fn}__at (local.get $re) (local.get $n) (local.get $i)) (i32.const 0x7D)))
                  (then (return (i32.const 0) (i32.const 0) (i32.const 0) (i32.const -1))))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))))
    (local.set $lazy (i32.eq (call ${fn}__at (local.get $re) (local.get $n) (local.get $i)) (i32.const 0x3F)))
    (local.get $min) (local.get $max) (local.get $lazy) (i32.add (local.get $i) (local.get $lazy)))

  ;; one class atom at i: (code point or -1, class escape letter or 0, next i or -1 when malformed)
  (func ${fn}__catom (param $re i32) (param $n i32) (param $i i32) (result i32 i32 i32)
    (local $c i32) (local $e i32)
    (if (i32.ge_u (local.get $i) (local.get $n)) (then (return (i32.const 0) (i32.const 0) (i32.const -1))))
    (local.set $c (i32.load8_u (i32.add (local.get $re) (local.get $i))))
    (if (i32.eq (local.get $c) (i32.const 0x5B)) (then (return (i32.const 0) (i32.const 0) (i32.const -1))))
    (if (i32.eq (local.get $c) (i32.const 0x5C))
      (then
        (local.set $e (call ${fn}__at (local.get $re) (local.get $n) (i32.add (local.get $i) (i32.const 1))))
        (if (i32.ge_s (call ${fn}__esc (local.get $e) (i32.const 0)) (i32.const 0))
          (then (return (i32.const -1) (local.get $e) (i32.add (local.get $i) (i32.const 2)))))
        (local.set $c (call ${fn}__cesc (local.get $e)))
        (if (i32.lt_s (local.get $c) (i32.const 0)) (then (return (i32.const 0) (i32.const 0) (i32.const -1))))
        (return (local.get $c) (i32.const 0) (i32.add (local.get $i) (i32.const 2)))))
    (call ${fn}__dec (i32.add (local.get $re) (local.get $i)))
    (i32.const 0)
    (i32.add (local.get $i) (call ${fn}__len (local.get $c))))

  ;; The class at p ('['): its end (after ']'), or -1 when malformed. Unless out is 0, writes the
  ;; CLASS instruction there (3, neg, m, then m ranges).
  (func ${fn}__class (param $re i32) (param $n i32) (param $p i32) (param $out i32) (result i32)
    (local $i i32) (local $neg i32) (local $m i32) (local $first i32) (local $c i32)
    (local $a i32) (local $ae i32) (local $b i32) (local $be i32) (local $next i32) (local $r i32)
    (local.set $i (i32.add (local.get $p) (i32.const 1)))
    (local.set $neg (i32.eq (call ${fn}__at (local.get $re) (local.get $n) (local.get $i)) (i32.const 0x5E)))
    (local.set $i (i32.add (local.get $i) (local.get $neg)))
    (local.set $first (i32.const 1))
    (loop $item
      (if (i32.ge_u (local.get $i) (local.get $n)) (then (return (i32.const -1))))
      (if (i32.eq (i32.load8_u (i32.add (local.get $re) (local.get $i))) (i32.const 0x5D))
        (then
          (if (local.get $first) (then (return (i32.const -1))))
          (if (local.get $out)
            (then
              (i32.store (local.get $out) (i32.const 3))
              (i32.store offset=4 (local.get $out) (local.get $neg))
              (i32.store offset=8 (local.get $out) (local.get $m))))
          (return (i32.add (local.get $i) (i32.const 1)))))
      (local.set $first (i32.const 0))
      (call ${fn}__catom (local.get $re) (local.get $n) (local.get $i))
      (local.set $next) (local.set $ae) (local.set $a)
      (if (i32.lt_s (local.get $next) (i32.const 0)) (then (return (i32.const -1))))
      (local.set $i (local.get $next))
      ;; where the next range goes
      (local.set $r (i32.add (i32.add (local.get $out) (i32.const 12)) (i32.shl (local.get $m) (i32.const 3))))
      (if (i32.and (i32.eq (call ${fn}__at (local.get $re) (local.get $n) (local.get $i)) (i32.const 0x2D))
                   (i32.and (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n))
                            (i32.ne (call ${fn}__at (local.get $re) (local.get $n) (i32.add (local.get $i) (i32.const 1))) (i32.const 0x5D))))
        (then
          (call ${fn}__catom (local.get $re) (local.get $n) (i32.add (local.get $i) (i32.const 1)))
          (local.set $next) (local.set $be) (local.set $b)
          (if (i32.lt_s (local.get $next) (i32.const 0)) (then (return (i32.const -1))))
          (if (i32.or (i32.or (local.get $ae) (local.get $be)) (i32.gt_s (local.get $a) (local.get $b))) (then (return (i32.const -1))))
          (if (local.get $out) (then (i32.store (local.get $r) (local.get $a)) (i32.store offset=4 (local.get $r) (local.get $b))))
          (local.set $m (i32.add (local.get $m) (i32.const 1)))
          (local.set $i (local.get $next)))
        (else
          (if (local.get $ae)
            (then (local.set $m (i32.add (local.get $m)
                    (call ${fn}__esc (local.get $ae) (select (local.get $r) (i32.const 0) (local.get $out))))))
            (else
              (if (local.get $out) (then (i32.store (local.get $r) (local.get $a)) (i32.store offset=4 (local.get $r) (local.get $a))))
              (local.set $m (i32.add (local.get $m) (i32.const 1)))))))
      (br $item))
    (i32.const -1))

  ;; writes the word v at p, returns p + 4
  (func ${fn}__w (param $p i32) (param $v i32) (result i32)
    (i32.store (local.get $p) (local.get $v))
    (i32.add (local.get $p) (i32.const 4)))

  ;; 1 for * + ? {
  (func ${fn}__isq (param $c i32) (result i32)
    (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x2A)) (i32.eq (local.get $c) (i32.const 0x2B)))
            (i32.or (i32.eq (local.get $c) (i32.const 0x3F)) (i32.eq (local.get $c) (i32.const 0x7B)))))

  (func ${fn}__bad (call $rt_fault (i32.const 4)) (unreachable))

  ;; Compiles the pattern (n bytes at re) into [quantifiers i32][0 i32][code]; faults 4 when it is
  ;; outside the subset. Pass 1 checks the syntax and records, for each '(' (and the top level, at n),
  ;; its ')' and the next '|' of the same group, and for each '|' the next one; pass 2 emits.
  (func ${fn}__compile (param $re i32) (param $n i32) (result i32)
    (local $aux i32) (local $stk i32) (local $sp i32) (local $last i32) (local $canq i32) (local $i i32)
    (local $c i32) (local $e i32) (local $k i32) (local $prog i32) (local $cb i32) (local $cp i32)
    (local $nq i32) (local $q0 i32) (local $min i32) (local $max i32) (local $lazy i32) (local $end i32)
    (local $lk i32) (local $lstart i32) (local $lbody i32) (local $lsplit i32) (local $lchain i32)
    (local $start i32) (local $body i32) (local $at i32) (local $next i32) (local $gk i32) (local $gstart i32) (local $gbody i32)
    ;; 16 code bytes per pattern byte at most (a '*' makes 64 bytes of code): keep sizes in range
    (if (i32.gt_u (local.get $n) (i32.const 0x1000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    ;; aux[p] = (close, next bar) for p in 0..n
    (local.set $aux (call $rt_alloc (i32.shl (i32.add (local.get $n) (i32.const 1)) (i32.const 3))))
    (local.set $stk (call $rt_alloc (i32.mul (i32.add (local.get $n) (i32.const 1)) (i32.const 20))))
    (i32.store offset=4 (i32.add (local.get $aux) (i32.shl (local.get $n) (i32.const 3))) (i32.const -1))
    (local.set $last (local.get $n))
    ;; ---- pass 1 ----
    (block $checked
      (loop $tok
        (br_if $checked (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $re) (local.get $i))))
        (block $next
          (if (i32.eq (local.get $c) (i32.const 0x28))
            (then
              (local.set $k (i32.const 1))
              (if (i32.eq (call ${fn}__at (local.get $re) (local.get $n) (i32.add (local.get $i) (i32.const 1))) (i32.const 0x3F))
                (then
                  (if (i32.ne (call ${fn}__at (local.get $re) (local.get $n) (i32.add (local.get $i) (i32.const 2))) (i32.const 0x3A))
                    (then (call ${fn}__bad)))
                  (local.set $k (i32.const 3))))
              (i32.store (i32.add (local.get $stk) (i32.shl (local.get $sp) (i32.const 3))) (local.get $i))
              (i32.store offset=4 (i32.add (local.get $stk) (i32.shl (local.get $sp) (i32.const 3))) (local.get $last))
              (local.set $sp (i32.add (local.get $sp) (i32.const 1)))
              (local.set $last (local.get $i))
              (i32.store offset=4 (i32.add (local.get $aux) (i32.shl (local.get $i) (i32.const 3))) (i32.const -1))
              (local.set $i (i32.add (local.get $i) (local.get $k)))
              (local.set $canq (i32.const 0))
              (br $next)))
          (if (i32.eq (local.get $c) (i32.const 0x29))
            (then
              (if (i32.eqz (local.get $sp)) (then (call ${fn}__bad)))
              (local.set $sp (i32.sub (local.get $sp) (i32.const 1)))
              (i32.store (i32.add (local.get $aux) (i32.shl (i32.load (i32.add (local.get $stk) (i32.shl (local.get $sp) (i32.const 3)))) (i32.const 3)))
                (local.get $i))
              (local.set $last (i32.load offset=4 (i32.add (local.get $stk) (i32.shl (local.get $sp) (i32.const 3)))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $canq (i32.const 1))
              (br $next)))
          (if (i32.eq (local.get $c) (i32.const 0x7C))
            (then
              (i32.store offset=4 (i32.add (local.get $aux) (i32.shl (local.get $last) (i32.const 3))) (local.get $i))
              (i32.store offset=4 (i32.add (local.get $aux) (i32.shl (local.get $i) (i32.const 3))) (i32.const -1))
              (local.set $last (local.get $i))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $canq (i32.const 0))
              (br $next)))
          (if (call ${fn}__isq (local.get $c))
            (then
              (if (i32.eqz (local.get $canq)) (then (call ${fn}__bad)))
              (call ${fn}__quant (local.get $re) (local.get $n) (local.get $i))
              (local.set $end) (drop) (drop) (drop)
              (if (i32.lt_s (local.get $end) (i32.const 0)) (then (call ${fn}__bad)))
              (local.set $i (local.get $end))
              (local.set $canq (i32.const 0))
              (br $next)))
          (if (i32.or (i32.eq (local.get $c) (i32.const 0x5D)) (i32.eq (local.get $c) (i32.const 0x7D))) (then (call ${fn}__bad)))
          (if (i32.or (i32.eq (local.get $c) (i32.const 0x5E)) (i32.eq (local.get $c) (i32.const 0x24)))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $canq (i32.const 0))
              (br $next)))
          (if (i32.eq (local.get $c) (i32.const 0x5C))
            (then
              (local.set $e (call ${fn}__at (local.get $re) (local.get $n) (i32.add (local.get $i) (i32.const 1))))
              (if (i32.or (i32.eq (local.get $e) (i32.const 0x62)) (i32.eq (local.get $e) (i32.const 0x42)))
                (then (local.set $canq (i32.const 0)))
                (else
                  (if (i32.and (i32.lt_s (call ${fn}__esc (local.get $e) (i32.const 0)) (i32.const 0))
                               (i32.lt_s (call ${fn}__cesc (local.get $e)) (i32.const 0)))
                    (then (call ${fn}__bad)))
                  (local.set $canq (i32.const 1))))
              (local.set $i (i32.add (local.get $i) (i32.const 2)))
              (br $next)))
          (if (i32.eq (local.get $c) (i32.const 0x5B))
            (then
              (local.set $end (call ${fn}__class (local.get $re) (local.get $n) (local.get $i) (i32.const 0)))
              (if (i32.lt_s (local.get $end) (i32.const 0)) (then (call ${fn}__bad)))
              (local.set $i (local.get $end))
              (local.set $canq (i32.const 1))
              (br $next)))
          (local.set $i (i32.add (local.get $i) (call ${fn}__len (local.get $c))))
          (local.set $canq (i32.const 1)))
        (br $tok)))
    (if (local.get $sp) (then (call ${fn}__bad)))
    ;; ---- pass 2 ----
    (local.set $prog (call $rt_alloc (i32.add (i32.shl (local.get $n) (i32.const 6)) (i32.const 16))))
    (local.set $cb (i32.add (local.get $prog) (i32.const 8)))
    (local.set $cp (local.get $cb))
    (local.set $lk (i32.const -1))
    (local.set $lchain (i32.const -1))
    (local.set $lsplit (i32.const -1))
    (if (i32.ge_s (i32.load offset=4 (i32.add (local.get $aux) (i32.shl (local.get $n) (i32.const 3)))) (i32.const 0))
      (then
        (local.set $lsplit (i32.sub (local.get $cp) (local.get $cb)))
        (local.set $cp (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 8)) (i32.const 0)))))
    (local.set $i (i32.const 0))
    (local.set $sp (i32.const 0))
    (block $emitted
      (loop $tok
        (br_if $emitted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $re) (local.get $i))))
        (block $next
          (if (i32.eq (local.get $c) (i32.const 0x7C))
            (then
              ;; end of an alternative: jump to the group's end (chained through the operands)
              (local.set $cp (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 9)) (local.get $lchain)))
              (local.set $lchain (i32.sub (i32.sub (local.get $cp) (local.get $cb)) (i32.const 4)))
              (i32.store offset=4 (i32.add (local.get $cb) (local.get $lsplit)) (i32.sub (local.get $cp) (local.get $cb)))
              (local.set $lsplit (i32.const -1))
              (if (i32.ge_s (i32.load offset=4 (i32.add (local.get $aux) (i32.shl (local.get $i) (i32.const 3)))) (i32.const 0))
                (then
                  (local.set $lsplit (i32.sub (local.get $cp) (local.get $cb)))
                  (local.set $cp (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 8)) (i32.const 0)))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $next)))
          (if (i32.eq (local.get $c) (i32.const 0x29))
            (then
              (local.set $at (local.get $lchain))
              (block $patched (loop $patch
                (br_if $patched (i32.lt_s (local.get $at) (i32.const 0)))
                (local.set $next (i32.load (i32.add (local.get $cb) (local.get $at))))
                (i32.store (i32.add (local.get $cb) (local.get $at)) (i32.sub (local.get $cp) (local.get $cb)))
                (local.set $at (local.get $next))
                (br $patch)))
              (local.set $gk (local.get $lk))
              (local.set $gstart (local.get $lstart))
              (local.set $gbody (local.get $lbody))
              (local.set $sp (i32.sub (local.get $sp) (i32.const 1)))
              (local.set $at (i32.add (local.get $stk) (i32.mul (local.get $sp) (i32.const 20))))
              (local.set $lk (i32.load (local.get $at)))
              (local.set $lstart (i32.load offset=4 (local.get $at)))
              (local.set $lbody (i32.load offset=8 (local.get $at)))
              (local.set $lsplit (i32.load offset=12 (local.get $at)))
              (local.set $lchain (i32.load offset=16 (local.get $at)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (if (i32.ge_s (local.get $gk) (i32.const 0))
                (then
                  (call ${fn}__quant (local.get $re) (local.get $n) (local.get $i))
                  (local.set $end) (local.set $lazy) (local.set $max) (local.set $min)
                  (local.set $cp (call ${fn}__tail (local.get $cb) (local.get $cp) (local.get $gk) (local.get $min) (local.get $max) (local.get $lazy) (local.get $gstart) (local.get $gbody)))
                  (local.set $i (local.get $end))))
              (br $next)))
          (if (i32.eq (local.get $c) (i32.const 0x5E))
            (then (local.set $cp (call ${fn}__w (local.get $cp) (i32.const 4))) (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $next)))
          (if (i32.eq (local.get $c) (i32.const 0x24))
            (then (local.set $cp (call ${fn}__w (local.get $cp) (i32.const 5))) (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $next)))
          (if (i32.eq (local.get $c) (i32.const 0x5C))
            (then
              (local.set $e (i32.load8_u offset=1 (i32.add (local.get $re) (local.get $i))))
              (if (i32.or (i32.eq (local.get $e) (i32.const 0x62)) (i32.eq (local.get $e) (i32.const 0x42)))
                (then
                  (local.set $cp (call ${fn}__w (local.get $cp) (select (i32.const 6) (i32.const 7) (i32.eq (local.get $e) (i32.const 0x62)))))
                  (local.set $i (i32.add (local.get $i) (i32.const 2)))
                  (br $next)))))
          ;; an atom: is it quantified?
          (local.set $q0
            (if (result i32) (i32.eq (local.get $c) (i32.const 0x28))
              (then (i32.add (i32.load (i32.add (local.get $aux) (i32.shl (local.get $i) (i32.const 3)))) (i32.const 1)))
              (else (if (result i32) (i32.eq (local.get $c) (i32.const 0x5C))
                (then (i32.add (local.get $i) (i32.const 2)))
                (else (if (result i32) (i32.eq (local.get $c) (i32.const 0x5B))
                  (then (call ${fn}__class (local.get $re) (local.get $n) (local.get $i) (i32.const 0)))
                  (else (i32.add (local.get $i) (call ${fn}__len (local.get $c))))))))))
          (local.set $k (i32.const -1))
          (if (call ${fn}__isq (call ${fn}__at (local.get $re) (local.get $n) (local.get $q0)))
            (then
              (local.set $k (i32.shl (local.get $nq) (i32.const 3)))
              (local.set $nq (i32.add (local.get $nq) (i32.const 1)))
              (local.set $start (i32.sub (local.get $cp) (local.get $cb)))
              (local.set $cp (call ${fn}__w (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 10)) (local.get $k)) (i32.const 0)))
              (local.set $body (i32.sub (local.get $cp) (local.get $cb)))
              (local.set $cp (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 11)) (local.get $k)))))
          (if (i32.eq (local.get $c) (i32.const 0x28))
            (then
              (local.set $at (i32.add (local.get $stk) (i32.mul (local.get $sp) (i32.const 20))))
              (i32.store (local.get $at) (local.get $lk))
              (i32.store offset=4 (local.get $at) (local.get $lstart))
              (i32.store offset=8 (local.get $at) (local.get $lbody))
              (i32.store offset=12 (local.get $at) (local.get $lsplit))
              (i32.store offset=16 (local.get $at) (local.get $lchain))
              (local.set $sp (i32.add (local.get $sp) (i32.const 1)))
              (local.set $lk (local.get $k))
              (local.set $lstart (local.get $start))
              (local.set $lbody (local.get $body))
              (local.set $lchain (i32.const -1))
              (local.set $lsplit (i32.const -1))
              (if (i32.ge_s (i32.load offset=4 (i32.add (local.get $aux) (i32.shl (local.get $i) (i32.const 3)))) (i32.const 0))
                (then
                  (local.set $lsplit (i32.sub (local.get $cp) (local.get $cb)))
                  (local.set $cp (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 8)) (i32.const 0)))))
              (local.set $i (i32.add (local.get $i)
                (select (i32.const 3) (i32.const 1) (i32.eq (call ${fn}__at (local.get $re) (local.get $n) (i32.add (local.get $i) (i32.const 1))) (i32.const 0x3F)))))
              (br $next)))
          (if (i32.eq (local.get $c) (i32.const 0x2E))
            (then (local.set $cp (call ${fn}__w (local.get $cp) (i32.const 2))))
            (else (if (i32.eq (local.get $c) (i32.const 0x5B))
              (then
                (drop (call ${fn}__class (local.get $re) (local.get $n) (local.get $i) (local.get $cp)))
                (local.set $cp (i32.add (local.get $cp) (i32.add (i32.const 12) (i32.shl (i32.load offset=8 (local.get $cp)) (i32.const 3))))))
              (else (if (i32.eq (local.get $c) (i32.const 0x5C))
                (then
                  (local.set $e (i32.load8_u offset=1 (i32.add (local.get $re) (local.get $i))))
                  (local.set $max (call ${fn}__esc (local.get $e) (i32.add (local.get $cp) (i32.const 12))))
                  (if (i32.ge_s (local.get $max) (i32.const 0))
                    (then
                      (i32.store (local.get $cp) (i32.const 3))
                      (i32.store offset=4 (local.get $cp) (i32.const 0))
                      (i32.store offset=8 (local.get $cp) (local.get $max))
                      (local.set $cp (i32.add (local.get $cp) (i32.add (i32.const 12) (i32.shl (local.get $max) (i32.const 3))))))
                    (else (local.set $cp (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 1)) (call ${fn}__cesc (local.get $e)))))))
                (else (local.set $cp (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 1)) (call ${fn}__dec (i32.add (local.get $re) (local.get $i)))))))))))
          (if (i32.ge_s (local.get $k) (i32.const 0))
            (then
              (call ${fn}__quant (local.get $re) (local.get $n) (local.get $q0))
              (local.set $end) (local.set $lazy) (local.set $max) (local.set $min)
              (local.set $cp (call ${fn}__tail (local.get $cb) (local.get $cp) (local.get $k) (local.get $min) (local.get $max) (local.get $lazy) (local.get $start) (local.get $body)))
              (local.set $i (local.get $end)))
            (else (local.set $i (local.get $q0)))))
        (br $tok)))
    (local.set $at (local.get $lchain))
    (block $patched (loop $patch
      (br_if $patched (i32.lt_s (local.get $at) (i32.const 0)))
      (local.set $next (i32.load (i32.add (local.get $cb) (local.get $at))))
      (i32.store (i32.add (local.get $cb) (local.get $at)) (i32.sub (local.get $cp) (local.get $cb)))
      (local.set $at (local.get $next))
      (br $patch)))
    (drop (call ${fn}__w (local.get $cp) (i32.const 0)))
    (i32.store (local.get $prog) (local.get $nq))
    (local.get $prog))

  ;; the end of a quantifier's loop: REPEND k min, then REPTEST k min max lazy body, patching the
  ;; REPSTART at start to jump to the REPTEST; returns the new code pointer
  (func ${fn}__tail (param $cb i32) (param $cp i32) (param $k i32) (param $min i32) (param $max i32) (param $lazy i32) (param $start i32) (param $body i32) (result i32)
    (local.set $cp (call ${fn}__w (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 12)) (local.get $k)) (local.get $min)))
    (i32.store offset=8 (i32.add (local.get $cb) (local.get $start)) (i32.sub (local.get $cp) (local.get $cb)))
    (local.set $cp (call ${fn}__w (call ${fn}__w (call ${fn}__w (local.get $cp) (i32.const 13)) (local.get $k)) (local.get $min)))
    (call ${fn}__w (call ${fn}__w (call ${fn}__w (local.get $cp) (local.get $max)) (local.get $lazy)) (local.get $body)))

  ;; ---- the VM ----

  ;; 1 for an ASCII word character [0-9A-Za-z_]
  (func ${fn}__word (param $b i32) (result i32)
    (i32.or (i32.or (i32.lt_u (i32.sub (local.get $b) (i32.const 0x30)) (i32.const 10)) (i32.eq (local.get $b) (i32.const 0x5F)))
            (i32.lt_u (i32.sub (i32.or (local.get $b) (i32.const 0x20)) (i32.const 0x61)) (i32.const 26))))

  ;; 1 when pos (in the n bytes at src) is a word boundary
  (func ${fn}__boundary (param $src i32) (param $n i32) (param $pos i32) (result i32)
    (i32.ne
      (if (result i32) (local.get $pos) (then (call ${fn}__word (i32.load8_u offset=0 (i32.sub (i32.add (local.get $src) (local.get $pos)) (i32.const 1))))) (else (i32.const 0)))
      (if (result i32) (i32.lt_u (local.get $pos) (local.get $n)) (then (call ${fn}__word (i32.load8_u (i32.add (local.get $src) (local.get $pos))))) (else (i32.const 0)))))

  ;; writes a trail entry for register k (at regs) at stk + top and sets the register to v; returns top + 8
  (func ${fn}__set (param $stk i32) (param $top i32) (param $regs i32) (param $k i32) (param $v i32) (result i32)
    (i32.store (i32.add (local.get $stk) (local.get $top)) (i32.sub (i32.const -1) (local.get $k)))
    (i32.store offset=4 (i32.add (local.get $stk) (local.get $top)) (i32.load (i32.add (local.get $regs) (local.get $k))))
    (i32.store (i32.add (local.get $regs) (local.get $k)) (local.get $v))
    (i32.add (local.get $top) (i32.const 8)))

  ;; a copy of the used bytes at p in a new block of twice the capacity
  (func ${fn}__grow (param $p i32) (param $used i32) (param $cap i32) (result i32)
    (local $q i32)
    (local.set $q (call $rt_alloc (i32.shl (local.get $cap) (i32.const 1))))
    (memory.copy (local.get $q) (local.get $p) (local.get $used))
    (local.get $q))

  ;; Runs the program over the n bytes at src: every match (one only in modes 1 and 2), as
  ;; [count i32][0 i32][(start, end) byte offsets, i32 each].
  (func ${fn}__scan (param $src i32) (param $n i32) (param $prog i32) (param $mode i32) (result i32)
    (local $cb i32) (local $regs i32) (local $stk i32) (local $scap i32) (local $top i32)
    (local $mb i32) (local $mk i32) (local $mcap i32) (local $steps i64) (local $budget i64)
    (local $start i32) (local $pc i32) (local $pos i32) (local $c i32) (local $k i32) (local $j i32)
    (local $m i32) (local $hit i32) (local $t i32) (local $r i32)
    (local.set $cb (i32.add (local.get $prog) (i32.const 8)))
    (local.set $regs (call $rt_alloc (i32.add (i32.shl (i32.load (local.get $prog)) (i32.const 3)) (i32.const 8))))
    (local.set $scap (i32.const 4096))
    (local.set $stk (call $rt_alloc (local.get $scap)))
    (local.set $mcap (i32.const 256))
    (local.set $mb (call $rt_alloc (local.get $mcap)))
    (local.set $budget (i64.add (i64.const 10000000) (i64.mul (i64.extend_i32_u (local.get $n)) (i64.const 100))))
    (block $done
      (loop $scan
        (local.set $pc (i32.const 0))
        (local.set $pos (local.get $start))
        (local.set $top (i32.const 0))
        (block $advance
          (block $nomatch
            (block $matched
              (loop $vm
                (local.set $steps (i64.add (local.get $steps) (i64.const 1)))
                (if (i64.gt_u (local.get $steps) (local.get $budget)) (then (call $rt_fault (i32.const 4)) (unreachable)))
                (if (i32.gt_u (i32.add (local.get $top) (i32.const 8)) (local.get $scap))
                  (then
                    (local.set $stk (call ${fn}__grow (local.get $stk) (local.get $top) (local.get $scap)))
                    (local.set $scap (i32.shl (local.get $scap) (i32.const 1)))))
                (block $fail
                  (block $REPTEST (block $REPEND (block $SETPOS (block $REPSTART (block $JMP (block $SPLIT
                  (block $NWORDB (block $WORDB (block $EOL (block $BOL (block $CLASS (block $ANY (block $CHAR (block $MATCH
                    (br_table $MATCH $CHAR $ANY $CLASS $BOL $EOL $WORDB $NWORDB $SPLIT $JMP $REPSTART $SETPOS $REPEND $REPTEST $fail
                      (i32.load (i32.add (local.get $cb) (local.get $pc)))))
                    ;; MATCH (in full mode only at the end)
                    (br_if $fail (i32.and (i32.ne (i32.and (local.get $mode) (i32.const 2)) (i32.const 0)) (i32.ne (local.get $pos) (local.get $n))))
                    (br $matched))
                  ;; CHAR c
                  (br_if $fail (i32.ge_u (local.get $pos) (local.get $n)))
                  (local.set $c (i32.load8_u (i32.add (local.get $src) (local.get $pos))))
                  (if (i32.lt_u (local.get $c) (i32.const 0x80))
                    (then
                      (br_if $fail (i32.ne (local.get $c) (i32.load offset=4 (i32.add (local.get $cb) (local.get $pc)))))
                      (local.set $pos (i32.add (local.get $pos) (i32.const 1))))
                    (else
                      (br_if $fail (i32.ne (call ${fn}__dec (i32.add (local.get $src) (local.get $pos))) (i32.load offset=4 (i32.add (local.get $cb) (local.get $pc)))))
                      (local.set $pos (i32.add (local.get $pos) (call ${fn}__len (local.get $c))))))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 8)))
                  (br $vm))
                  ;; ANY
                  (br_if $fail (i32.ge_u (local.get $pos) (local.get $n)))
                  (local.set $c (i32.load8_u (i32.add (local.get $src) (local.get $pos))))
                  (br_if $fail (i32.eq (local.get $c) (i32.const 10)))
                  (local.set $pos (i32.add (local.get $pos) (call ${fn}__len (local.get $c))))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 4)))
                  (br $vm))
                  ;; CLASS neg m ranges
                  (br_if $fail (i32.ge_u (local.get $pos) (local.get $n)))
                  (local.set $c (i32.load8_u (i32.add (local.get $src) (local.get $pos))))
                  (local.set $k (call ${fn}__len (local.get $c)))
                  (if (i32.ge_u (local.get $c) (i32.const 0x80)) (then (local.set $c (call ${fn}__dec (i32.add (local.get $src) (local.get $pos))))))
                  (local.set $t (i32.add (local.get $cb) (local.get $pc)))
                  (local.set $m (i32.load offset=8 (local.get $t)))
                  (local.set $hit (i32.const 0))
                  (local.set $j (i32.const 0))
                  (block $found
                    (loop $range
                      (br_if $found (i32.ge_u (local.get $j) (local.get $m)))
                      (local.set $r (i32.add (local.get $t) (i32.shl (local.get $j) (i32.const 3))))
                      (if (i32.and (i32.ge_u (local.get $c) (i32.load offset=12 (local.get $r))) (i32.le_u (local.get $c) (i32.load offset=16 (local.get $r))))
                        (then (local.set $hit (i32.const 1)) (br $found)))
                      (local.set $j (i32.add (local.get $j) (i32.const 1)))
                      (br $range)))
                  (br_if $fail (i32.eq (local.get $hit) (i32.load offset=4 (local.get $t))))
                  (local.set $pos (i32.add (local.get $pos) (local.get $k)))
                  (local.set $pc (i32.add (local.get $pc) (i32.add (i32.const 12) (i32.shl (local.get $m) (i32.const 3)))))
                  (br $vm))
                  ;; BOL
                  (br_if $fail (local.get $pos))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 4)))
                  (br $vm))
                  ;; EOL
                  (br_if $fail (i32.ne (local.get $pos) (local.get $n)))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 4)))
                  (br $vm))
                  ;; WORDB
                  (br_if $fail (i32.eqz (call ${fn}__boundary (local.get $src) (local.get $n) (local.get $pos))))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 4)))
                  (br $vm))
                  ;; NWORDB
                  (br_if $fail (call ${fn}__boundary (local.get $src) (local.get $n) (local.get $pos)))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 4)))
                  (br $vm))
                  ;; SPLIT alt: push the choice (alt, pos)
                  (i32.store (i32.add (local.get $stk) (local.get $top)) (i32.load offset=4 (i32.add (local.get $cb) (local.get $pc))))
                  (i32.store offset=4 (i32.add (local.get $stk) (local.get $top)) (local.get $pos))
                  (local.set $top (i32.add (local.get $top) (i32.const 8)))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 8)))
                  (br $vm))
                  ;; JMP to
                  (local.set $pc (i32.load offset=4 (i32.add (local.get $cb) (local.get $pc))))
                  (br $vm))
                  ;; REPSTART k test
                  (local.set $t (i32.add (local.get $cb) (local.get $pc)))
                  (local.set $top (call ${fn}__set (local.get $stk) (local.get $top) (local.get $regs) (i32.load offset=4 (local.get $t)) (i32.const 0)))
                  (local.set $pc (i32.load offset=8 (local.get $t)))
                  (br $vm))
                  ;; SETPOS k
                  (local.set $top (call ${fn}__set (local.get $stk) (local.get $top) (local.get $regs)
                    (i32.add (i32.load offset=4 (i32.add (local.get $cb) (local.get $pc))) (i32.const 4)) (local.get $pos)))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 8)))
                  (br $vm))
                  ;; REPEND k min: an optional iteration must not match empty
                  (local.set $t (i32.add (local.get $cb) (local.get $pc)))
                  (local.set $k (i32.load offset=4 (local.get $t)))
                  (local.set $c (i32.load (i32.add (local.get $regs) (local.get $k))))
                  (br_if $fail (i32.and (i32.ge_s (local.get $c) (i32.load offset=8 (local.get $t)))
                                        (i32.eq (i32.load offset=4 (i32.add (local.get $regs) (local.get $k))) (local.get $pos))))
                  (local.set $top (call ${fn}__set (local.get $stk) (local.get $top) (local.get $regs) (local.get $k) (i32.add (local.get $c) (i32.const 1))))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 12)))
                  (br $vm))
                  ;; REPTEST k min max lazy body
                  (local.set $t (i32.add (local.get $cb) (local.get $pc)))
                  (local.set $c (i32.load (i32.add (local.get $regs) (i32.load offset=4 (local.get $t)))))
                  (if (i32.lt_s (local.get $c) (i32.load offset=8 (local.get $t)))
                    (then (local.set $pc (i32.load offset=20 (local.get $t))) (br $vm)))
                  (local.set $m (i32.load offset=12 (local.get $t)))
                  (if (i32.and (i32.ge_s (local.get $m) (i32.const 0)) (i32.ge_s (local.get $c) (local.get $m)))
                    (then (local.set $pc (i32.add (local.get $pc) (i32.const 24))) (br $vm)))
                  (if (i32.load offset=16 (local.get $t))
                    (then
                      ;; lazy: go on, the body is the choice
                      (i32.store (i32.add (local.get $stk) (local.get $top)) (i32.load offset=20 (local.get $t)))
                      (local.set $pc (i32.add (local.get $pc) (i32.const 24))))
                    (else
                      ;; greedy: the body, going on is the choice
                      (i32.store (i32.add (local.get $stk) (local.get $top)) (i32.add (local.get $pc) (i32.const 24)))
                      (local.set $pc (i32.load offset=20 (local.get $t)))))
                  (i32.store offset=4 (i32.add (local.get $stk) (local.get $top)) (local.get $pos))
                  (local.set $top (i32.add (local.get $top) (i32.const 8)))
                  (br $vm))
                ;; failure: undo trail entries down to the newest choice and resume there
                (loop $pop
                  (br_if $nomatch (i32.eqz (local.get $top)))
                  (local.set $top (i32.sub (local.get $top) (i32.const 8)))
                  (local.set $t (i32.load (i32.add (local.get $stk) (local.get $top))))
                  (local.set $c (i32.load offset=4 (i32.add (local.get $stk) (local.get $top))))
                  (if (i32.lt_s (local.get $t) (i32.const 0))
                    (then
                      (i32.store (i32.add (local.get $regs) (i32.sub (i32.const -1) (local.get $t))) (local.get $c))
                      (br $pop)))
                  (local.set $pc (local.get $t))
                  (local.set $pos (local.get $c))
                  (br $vm))))
            ;; a match [start, pos)
            (if (i32.ge_u (i32.shl (i32.add (local.get $mk) (i32.const 2)) (i32.const 3)) (local.get $mcap))
              (then
                (local.set $mb (call ${fn}__grow (local.get $mb) (i32.shl (i32.add (local.get $mk) (i32.const 1)) (i32.const 3)) (local.get $mcap)))
                (local.set $mcap (i32.shl (local.get $mcap) (i32.const 1)))))
            (local.set $r (i32.add (local.get $mb) (i32.shl (i32.add (local.get $mk) (i32.const 1)) (i32.const 3))))
            (i32.store (local.get $r) (local.get $start))
            (i32.store offset=4 (local.get $r) (local.get $pos))
            (local.set $mk (i32.add (local.get $mk) (i32.const 1)))
            (br_if $done (i32.and (local.get $mode) (i32.const 3)))
            (if (i32.gt_u (local.get $pos) (local.get $start))
              (then (local.set $start (local.get $pos)) (br $scan)))
            (br $advance))
          ;; no match at start
          (br_if $done (i32.and (local.get $mode) (i32.const 2))))
        ;; on by one code point
        (br_if $done (i32.ge_u (local.get $start) (local.get $n)))
        (local.set $start (i32.add (local.get $start) (call ${fn}__len (i32.load8_u (i32.add (local.get $src) (local.get $start))))))
        (br $scan)))
    (i32.store (local.get $mb) (local.get $mk))
    (i32.store offset=4 (local.get $mb) (i32.const 0))
    (local.get $mb))

  ;; \d, \D (2), \w (4), \W (5), \s (2), \S (3): (lo, hi) i32 pairs
  (data (i32.const 0) "\30\00\00\00\39\00\00\00\00\00\00\00\2f\00\00\00\3a\00\00\00\ff\ff\10\00\30\00\00\00\39\00\00\00\41\00\00\00\5a\00\00\00\5f\00\00\00\5f\00\00\00\61\00\00\00\7a\00\00\00\00\00\00\00\2f\00\00\00\3a\00\00\00\40\00\00\00\5b\00\00\00\5e\00\00\00\60\00\00\00\60\00\00\00\7b\00\00\00\ff\ff\10\00\09\00\00\00\0d\00\00\00\20\00\00\00\20\00\00\00\00\00\00\00\08\00\00\00\0e\00\00\00\1f\00\00\00\21\00\00\00\ff\ff\10\00")
)
