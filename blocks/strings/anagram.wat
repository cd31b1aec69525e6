;; anagram: whether a and b hold the same code points the same number of times (order aside). Equal
;; multisets have equal byte lengths; otherwise both are decoded, sorted (radix sort: linear) and compared.
(module
  (func ${fn} (param $a i32) (param $b i32) (result i32)
    (local $x i32) (local $y i32) (local $n i32) (local $i i32)
    (if (i32.ne (i32.load (local.get $a)) (i32.load (local.get $b))) (then (return (i32.const 0))))
    (local.set $x (call ${fn}__cps (local.get $a)))
    (local.set $y (call ${fn}__cps (local.get $b)))
    (local.set $n (i32.load (local.get $x)))
    (if (i32.ne (local.get $n) (i32.load (local.get $y))) (then (return (i32.const 0))))
    (local.set $x (i32.add (local.get $x) (i32.const 8)))
    (local.set $y (i32.add (local.get $y) (i32.const 8)))
    (local.set $x (call ${fn}__radix (local.get $x) (local.get $n)))
    (local.set $y (call ${fn}__radix (local.get $y) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.load (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 2))))
                    (i32.load (i32.add (local.get $y) (i32.shl (local.get $i) (i32.const 2)))))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 1))
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
  ;; code points in the n bytes at p: the bytes that are not continuation bytes (10xxxxxx), 16 at a time
  (func ${fn}__count (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $k i32)
    (block $tail
      (loop $chunk
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $k (i32.add (local.get $k) (i32.popcnt (i8x16.bitmask
          (i8x16.gt_s (v128.load (i32.add (local.get $p) (local.get $i))) (i8x16.splat (i32.const -65)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunk)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (i32.add (local.get $k) (i32.gt_s (i32.load8_s (i32.add (local.get $p) (local.get $i))) (i32.const -65))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (local.get $k))
  ;; the code points of string s as a new array of i32 ([length][0][code points]), counted 16 bytes at a time
  (func ${fn}__cps (param $s i32) (result i32)
    (local $src i32) (local $n i32) (local $i i32) (local $out i32) (local $slot i32) (local $c i32)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    (local.set $out (call $rt_arr_alloc (call ${fn}__count (local.get $src) (local.get $n)) (i32.const 4)))
    (local.set $slot (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (if (i32.lt_u (local.get $c) (i32.const 0x80))
          (then (local.set $i (i32.add (local.get $i) (i32.const 1))))
          (else
            (local.set $c (call ${fn}__dec (i32.add (local.get $src) (local.get $i))))
            (local.set $i (i32.add (local.get $i) (call ${fn}__cplen (local.get $c))))))
        (i32.store (local.get $slot) (local.get $c))
        (local.set $slot (i32.add (local.get $slot) (i32.const 4)))
        (br $next)))
    (local.get $out))
  ;; sorts the n code points (< 2^21) at p ascending: LSD radix sort by bytes, three passes at most
  ;; (a pass whose byte is the same for all is skipped); returns where the sorted values are (p or a copy)
  (func ${fn}__radix (param $p i32) (param $n i32) (result i32)
    (local $dst i32) (local $cnt i32) (local $shift i32) (local $i i32) (local $b i32) (local $sum i32) (local $t i32) (local $v i32)
    (local.set $dst (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $cnt (call $rt_alloc (i32.const 1024)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $p))))
    (block $sorted
      (loop $pass
        (br_if $sorted (i32.gt_u (local.get $shift) (i32.const 16)))
        (memory.fill (local.get $cnt) (i32.const 0) (i32.const 1024))
        (local.set $i (i32.const 0))
        (block $counted
          (loop $count
            (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $b (i32.add (local.get $cnt) (i32.shl (i32.and (i32.shr_u (i32.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2)))) (local.get $shift)) (i32.const 255)) (i32.const 2))))
            (i32.store (local.get $b) (i32.add (i32.load (local.get $b)) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $count)))
        (block $skip
          ;; every value has the first value's byte here: nothing to move
          (br_if $skip (i32.eq (local.get $n)
            (i32.load (i32.add (local.get $cnt) (i32.shl (i32.and (i32.shr_u (i32.load (local.get $p)) (local.get $shift)) (i32.const 255)) (i32.const 2))))))
          (local.set $sum (i32.const 0))
          (local.set $b (i32.const 0))
          (loop $prefix
            (local.set $t (i32.load (i32.add (local.get $cnt) (i32.shl (local.get $b) (i32.const 2)))))
            (i32.store (i32.add (local.get $cnt) (i32.shl (local.get $b) (i32.const 2))) (local.get $sum))
            (local.set $sum (i32.add (local.get $sum) (local.get $t)))
            (local.set $b (i32.add (local.get $b) (i32.const 1)))
            (br_if $prefix (i32.lt_u (local.get $b) (i32.const 256))))
          (local.set $i (i32.const 0))
          (block $moved
            (loop $move
              (br_if $moved (i32.ge_u (local.get $i) (local.get $n)))
              (local.set $v (i32.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2)))))
              (local.set $b (i32.add (local.get $cnt) (i32.shl (i32.and (i32.shr_u (local.get $v) (local.get $shift)) (i32.const 255)) (i32.const 2))))
              (i32.store (i32.add (local.get $dst) (i32.shl (i32.load (local.get $b)) (i32.const 2))) (local.get $v))
              (i32.store (local.get $b) (i32.add (i32.load (local.get $b)) (i32.const 1)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $move)))
          (local.set $t (local.get $p))
          (local.set $p (local.get $dst))
          (local.set $dst (local.get $t)))
        (local.set $shift (i32.add (local.get $shift) (i32.const 8)))
        (br $pass)))
    (local.get $p))
)
