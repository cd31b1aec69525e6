;; trim: a copy of s without the Unicode White_Space code points at both ends.
(module
  (func ${fn} (param $s i32) (result i32)
    (local $src i32) (local $i i32) (local $end i32) (local $p i32) (local $c i32)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $i (local.get $src))
    (local.set $end (i32.add (local.get $src) (i32.load (local.get $s))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (call ${fn}__dec (local.get $i)))
        (br_if $done (i32.eqz (call ${fn}__ws (local.get $c))))
        (local.set $i (i32.add (local.get $i) (call ${fn}__cplen (local.get $c))))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.le_u (local.get $end) (local.get $i)))
        (local.set $p (call ${fn}__prev (local.get $end)))
        (br_if $done (i32.eqz (call ${fn}__ws (call ${fn}__dec (local.get $p)))))
        (local.set $end (local.get $p))
        (br $next)))
    (call ${fn}__slice (local.get $i) (i32.sub (local.get $end) (local.get $i))))
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
  ;; bytes in the UTF-8 encoding of code point c
  (func ${fn}__cplen (param $c i32) (result i32)
    (i32.add (i32.add (i32.const 1) (i32.ge_u (local.get $c) (i32.const 0x80)))
             (i32.add (i32.ge_u (local.get $c) (i32.const 0x800)) (i32.ge_u (local.get $c) (i32.const 0x10000)))))
  ;; the start of the code point that ends just before p (p > start of the string's bytes)
  (func ${fn}__prev (param $p i32) (result i32)
    (loop $back
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (br_if $back (i32.eq (i32.and (i32.load8_u (local.get $p)) (i32.const 0xC0)) (i32.const 0x80))))
    (local.get $p))
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
