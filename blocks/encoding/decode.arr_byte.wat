;; decode over [byte]: the string the bytes encode as UTF-8, each invalid sequence replaced by U+FFFD
;; (EF BF BD) the way TextDecoder and the WHATWG Encoding Standard do: a lead byte and the
;; continuation bytes valid after it so far make one replacement, and the byte that broke the
;; sequence starts the next one. Two passes: the first measures, the second writes.
(module
  (func ${fn} (param $bs i32) (result i32)
    (local $p i32) (local $end i32) (local $out i32)
    (local.set $p (i32.add (local.get $bs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $bs))))
    (local.set $out (call $rt_str_alloc (call ${fn}__walk (local.get $p) (local.get $end) (i32.const 0))))
    (drop (call ${fn}__walk (local.get $p) (local.get $end) (i32.add (local.get $out) (i32.const 8))))
    (local.get $out))

  ;; the bytes of the decoded text from p to end; written at out unless out is 0
  (func ${fn}__walk (param $p i32) (param $end i32) (param $out i32) (result i32)
    (local $len i32) (local $c i32) (local $d i32) (local $need i32) (local $k i32) (local $lo i32) (local $hi i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (local.set $k (i32.const 1))
        (local.set $lo (i32.const 0x80))
        (local.set $hi (i32.const 0xbf))
        ;; how many continuation bytes the lead byte asks for; the second's range depends on it
        (local.set $need (i32.const -1))
        (if (i32.lt_u (local.get $c) (i32.const 0x80)) (then (local.set $need (i32.const 0))))
        (if (i32.and (i32.ge_u (local.get $c) (i32.const 0xc2)) (i32.le_u (local.get $c) (i32.const 0xdf))) (then (local.set $need (i32.const 1))))
        (if (i32.and (i32.ge_u (local.get $c) (i32.const 0xe0)) (i32.le_u (local.get $c) (i32.const 0xef)))
          (then
            (local.set $need (i32.const 2))
            (if (i32.eq (local.get $c) (i32.const 0xe0)) (then (local.set $lo (i32.const 0xa0))))
            (if (i32.eq (local.get $c) (i32.const 0xed)) (then (local.set $hi (i32.const 0x9f))))))
        (if (i32.and (i32.ge_u (local.get $c) (i32.const 0xf0)) (i32.le_u (local.get $c) (i32.const 0xf4)))
          (then
            (local.set $need (i32.const 3))
            (if (i32.eq (local.get $c) (i32.const 0xf0)) (then (local.set $lo (i32.const 0x90))))
            (if (i32.eq (local.get $c) (i32.const 0xf4)) (then (local.set $hi (i32.const 0x8f))))))
        (block $bad
          (br_if $bad (i32.lt_s (local.get $need) (i32.const 0)))
          (block $whole
            (loop $more
              (br_if $whole (i32.gt_u (local.get $k) (local.get $need)))
              (br_if $bad (i32.ge_u (i32.add (local.get $p) (local.get $k)) (local.get $end)))
              (local.set $d (i32.load8_u (i32.add (local.get $p) (local.get $k))))
              (br_if $bad (i32.lt_u (local.get $d) (local.get $lo)))
              (br_if $bad (i32.gt_u (local.get $d) (local.get $hi)))
              (local.set $lo (i32.const 0x80))
              (local.set $hi (i32.const 0xbf))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $more)))
          ;; a whole sequence of k bytes: copied as it is
          (if (local.get $out) (then (memory.copy (i32.add (local.get $out) (local.get $len)) (local.get $p) (local.get $k))))
          (local.set $len (i32.add (local.get $len) (local.get $k)))
          (local.set $p (i32.add (local.get $p) (local.get $k)))
          (br $next))
        ;; the k bytes read so far become one U+FFFD
        (if (local.get $out)
          (then
            (i32.store16 (i32.add (local.get $out) (local.get $len)) (i32.const 0xbfef))
            (i32.store8 offset=2 (i32.add (local.get $out) (local.get $len)) (i32.const 0xbd))))
        (local.set $len (i32.add (local.get $len) (i32.const 3)))
        (local.set $p (i32.add (local.get $p) (local.get $k)))
        (br $next)))
    (local.get $len))
)
