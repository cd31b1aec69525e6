;; sha1: FIPS 180-4 SHA-1 of the UTF-8 bytes as 40 lowercase hex digits. Scratch (one
;; allocation): the 5-word state, the 80-word message schedule W, and a 128-byte buffer for the
;; padded last one or two blocks. Big-endian words are loaded four at a time with a byte shuffle.
(module
  (func ${fn} (param $s i32) (result i32)
    (local $len i32) (local $p i32) (local $end i32) (local $st i32) (local $tail i32) (local $rem i32)
    (local $total i32) (local $i i32) (local $bits i64) (local $out i32)
    (local.set $len (i32.load (local.get $s)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.and (local.get $len) (i32.const -64))))
    (local.set $st (call $rt_alloc (i32.const 480)))
    (local.set $tail (i32.add (local.get $st) (i32.const 352)))
    (v128.store (local.get $st) (v128.const i32x4 0x67452301 0xefcdab89 0x98badcfe 0x10325476))
    (i32.store offset=16 (local.get $st) (i32.const 0xc3d2e1f0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (call ${fn}__block (local.get $st) (local.get $p))
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $next)))
    ;; padding: the rest, 0x80, zeros, the bit length as a big-endian u64 ending a 64-byte block
    (local.set $rem (i32.and (local.get $len) (i32.const 63)))
    (memory.fill (local.get $tail) (i32.const 0) (i32.const 128))
    (memory.copy (local.get $tail) (local.get $p) (local.get $rem))
    (i32.store8 (i32.add (local.get $tail) (local.get $rem)) (i32.const 0x80))
    (local.set $total (select (i32.const 64) (i32.const 128) (i32.le_u (local.get $rem) (i32.const 55))))
    (local.set $bits (i64.shl (i64.extend_i32_u (local.get $len)) (i64.const 3)))
    (local.set $i (i32.const 0))
    (loop $lenbyte
      (i32.store8 (i32.sub (i32.add (local.get $tail) (local.get $total)) (i32.add (local.get $i) (i32.const 1)))
        (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.extend_i32_u (i32.shl (local.get $i) (i32.const 3))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $lenbyte (i32.lt_u (local.get $i) (i32.const 8))))
    (call ${fn}__block (local.get $st) (local.get $tail))
    (if (i32.eq (local.get $total) (i32.const 128))
      (then (call ${fn}__block (local.get $st) (i32.add (local.get $tail) (i32.const 64)))))
    (local.set $out (call $rt_str_alloc (i32.const 40)))
    (local.set $i (i32.const 0))
    (loop $word
      (call ${fn}__hex8 (i32.add (i32.add (local.get $out) (i32.const 8)) (i32.shl (local.get $i) (i32.const 3)))
        (i32.load (i32.add (local.get $st) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $word (i32.lt_u (local.get $i) (i32.const 5))))
    (local.get $out))

  ;; One 64-byte block at $src into the state at $st (W, 80 words, lives at $st + 32).
  (func ${fn}__block (param $st i32) (param $src i32)
    (local $w i32) (local $t i32) (local $x i32) (local $f i32) (local $k i32) (local $tmp i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32)
    (local.set $w (i32.add (local.get $st) (i32.const 32)))
    (v128.store (local.get $w) (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (v128.load (local.get $src)) (v128.load (local.get $src))))
    (v128.store offset=16 (local.get $w) (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (v128.load offset=16 (local.get $src)) (v128.load offset=16 (local.get $src))))
    (v128.store offset=32 (local.get $w) (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (v128.load offset=32 (local.get $src)) (v128.load offset=32 (local.get $src))))
    (v128.store offset=48 (local.get $w) (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (v128.load offset=48 (local.get $src)) (v128.load offset=48 (local.get $src))))
    ;; W[t] = rotl(W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16], 1), t = 16..79 ($t is the byte offset 4t)
    (local.set $t (i32.const 64))
    (loop $sched
      (local.set $x (i32.sub (i32.add (local.get $w) (local.get $t)) (i32.const 64)))
      (i32.store (i32.add (local.get $w) (local.get $t))
        (i32.rotl
          (i32.xor
            (i32.xor (i32.load offset=52 (local.get $x)) (i32.load offset=32 (local.get $x)))
            (i32.xor (i32.load offset=8 (local.get $x)) (i32.load (local.get $x))))
          (i32.const 1)))
      (local.set $t (i32.add (local.get $t) (i32.const 4)))
      (br_if $sched (i32.lt_u (local.get $t) (i32.const 320))))
    (local.set $a (i32.load (local.get $st)))
    (local.set $b (i32.load offset=4 (local.get $st)))
    (local.set $c (i32.load offset=8 (local.get $st)))
    (local.set $d (i32.load offset=12 (local.get $st)))
    (local.set $e (i32.load offset=16 (local.get $st)))
    (local.set $t (i32.const 0))
    (loop $round
      (if (i32.lt_u (local.get $t) (i32.const 80))
        (then ;; rounds 0-19: Ch
          (local.set $f (i32.xor (local.get $d) (i32.and (local.get $b) (i32.xor (local.get $c) (local.get $d)))))
          (local.set $k (i32.const 0x5a827999)))
        (else (if (i32.lt_u (local.get $t) (i32.const 160))
          (then ;; rounds 20-39: parity
            (local.set $f (i32.xor (i32.xor (local.get $b) (local.get $c)) (local.get $d)))
            (local.set $k (i32.const 0x6ed9eba1)))
          (else (if (i32.lt_u (local.get $t) (i32.const 240))
            (then ;; rounds 40-59: Maj
              (local.set $f (i32.or (i32.and (local.get $b) (local.get $c)) (i32.and (local.get $d) (i32.or (local.get $b) (local.get $c)))))
              (local.set $k (i32.const 0x8f1bbcdc)))
            (else ;; rounds 60-79: parity
              (local.set $f (i32.xor (i32.xor (local.get $b) (local.get $c)) (local.get $d)))
              (local.set $k (i32.const 0xca62c1d6))))))))
      (local.set $tmp
        (i32.add
          (i32.add (i32.rotl (local.get $a) (i32.const 5)) (local.get $f))
          (i32.add (i32.add (local.get $e) (local.get $k)) (i32.load (i32.add (local.get $w) (local.get $t))))))
      (local.set $e (local.get $d))
      (local.set $d (local.get $c))
      (local.set $c (i32.rotl (local.get $b) (i32.const 30)))
      (local.set $b (local.get $a))
      (local.set $a (local.get $tmp))
      (local.set $t (i32.add (local.get $t) (i32.const 4)))
      (br_if $round (i32.lt_u (local.get $t) (i32.const 320))))
    (i32.store (local.get $st) (i32.add (i32.load (local.get $st)) (local.get $a)))
    (i32.store offset=4 (local.get $st) (i32.add (i32.load offset=4 (local.get $st)) (local.get $b)))
    (i32.store offset=8 (local.get $st) (i32.add (i32.load offset=8 (local.get $st)) (local.get $c)))
    (i32.store offset=12 (local.get $st) (i32.add (i32.load offset=12 (local.get $st)) (local.get $d)))
    (i32.store offset=16 (local.get $st) (i32.add (i32.load offset=16 (local.get $st)) (local.get $e))))

  ;; The 8 lowercase hex digits of $v, most significant first, at $dst.
  (func ${fn}__hex8 (param $dst i32) (param $v i32)
    (local $i i32) (local $d i32)
    (loop $digit
      (local.set $d (i32.and (i32.shr_u (local.get $v) (i32.sub (i32.const 28) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 15)))
      (i32.store8 (i32.add (local.get $dst) (local.get $i))
        (i32.add (i32.add (local.get $d) (i32.const 48)) (i32.mul (i32.gt_u (local.get $d) (i32.const 9)) (i32.const 39))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $digit (i32.lt_u (local.get $i) (i32.const 8))))))
