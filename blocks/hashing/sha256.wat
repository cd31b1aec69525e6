;; sha256: FIPS 180-4 SHA-256 of the UTF-8 bytes as 64 lowercase hex digits. Scratch (one
;; allocation): the 8-word state, the 64-word message schedule W, and a 128-byte buffer for the
;; padded last one or two blocks. Big-endian words are loaded four at a time with a byte shuffle.
(module
  (import "link" "{fn}_data" (global ${fn}_data i32))
  (func ${fn} (param $s i32) (result i32)
    (local $len i32) (local $p i32) (local $end i32) (local $st i32) (local $tail i32) (local $rem i32)
    (local $total i32) (local $i i32) (local $bits i64) (local $out i32)
    (local.set $len (i32.load (local.get $s)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.and (local.get $len) (i32.const -64))))
    (local.set $st (call $rt_alloc (i32.const 416)))
    (local.set $tail (i32.add (local.get $st) (i32.const 288)))
    (v128.store (local.get $st) (v128.const i32x4 0x6a09e667 0xbb67ae85 0x3c6ef372 0xa54ff53a))
    (v128.store offset=16 (local.get $st) (v128.const i32x4 0x510e527f 0x9b05688c 0x1f83d9ab 0x5be0cd19))
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
    (local.set $out (call $rt_str_alloc (i32.const 64)))
    (local.set $i (i32.const 0))
    (loop $word
      (call ${fn}__hex8 (i32.add (i32.add (local.get $out) (i32.const 8)) (i32.shl (local.get $i) (i32.const 3)))
        (i32.load (i32.add (local.get $st) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $word (i32.lt_u (local.get $i) (i32.const 8))))
    (local.get $out))

  ;; One 64-byte block at $src into the state at $st (W lives at $st + 32).
  (func ${fn}__block (param $st i32) (param $src i32)
    (local $w i32) (local $k i32) (local $t i32) (local $x i32) (local $y i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $f i32) (local $g i32) (local $h i32)
    (local $t1 i32) (local $t2 i32)
    (local.set $w (i32.add (local.get $st) (i32.const 32)))
    (local.set $k (global.get ${fn}_data))
    (v128.store (local.get $w) (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (v128.load (local.get $src)) (v128.load (local.get $src))))
    (v128.store offset=16 (local.get $w) (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (v128.load offset=16 (local.get $src)) (v128.load offset=16 (local.get $src))))
    (v128.store offset=32 (local.get $w) (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (v128.load offset=32 (local.get $src)) (v128.load offset=32 (local.get $src))))
    (v128.store offset=48 (local.get $w) (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (v128.load offset=48 (local.get $src)) (v128.load offset=48 (local.get $src))))
    ;; W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16], t = 16..63 ($t is the byte offset 4t)
    (local.set $t (i32.const 64))
    (loop $sched
      (local.set $x (i32.load offset=4 (i32.sub (i32.add (local.get $w) (local.get $t)) (i32.const 64))))
      (local.set $y (i32.load offset=56 (i32.sub (i32.add (local.get $w) (local.get $t)) (i32.const 64))))
      (i32.store (i32.add (local.get $w) (local.get $t))
        (i32.add
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $y) (i32.const 17)) (i32.rotr (local.get $y) (i32.const 19))) (i32.shr_u (local.get $y) (i32.const 10)))
            (i32.load offset=36 (i32.sub (i32.add (local.get $w) (local.get $t)) (i32.const 64))))
          (i32.add
            (i32.xor (i32.xor (i32.rotr (local.get $x) (i32.const 7)) (i32.rotr (local.get $x) (i32.const 18))) (i32.shr_u (local.get $x) (i32.const 3)))
            (i32.load (i32.sub (i32.add (local.get $w) (local.get $t)) (i32.const 64))))))
      (local.set $t (i32.add (local.get $t) (i32.const 4)))
      (br_if $sched (i32.lt_u (local.get $t) (i32.const 256))))
    (local.set $a (i32.load (local.get $st)))
    (local.set $b (i32.load offset=4 (local.get $st)))
    (local.set $c (i32.load offset=8 (local.get $st)))
    (local.set $d (i32.load offset=12 (local.get $st)))
    (local.set $e (i32.load offset=16 (local.get $st)))
    (local.set $f (i32.load offset=20 (local.get $st)))
    (local.set $g (i32.load offset=24 (local.get $st)))
    (local.set $h (i32.load offset=28 (local.get $st)))
    (local.set $t (i32.const 0))
    (loop $round
      ;; t1 = h + S1(e) + Ch(e, f, g) + K[t] + W[t]
      (local.set $t1
        (i32.add
          (i32.add (local.get $h)
            (i32.xor (i32.xor (i32.rotr (local.get $e) (i32.const 6)) (i32.rotr (local.get $e) (i32.const 11))) (i32.rotr (local.get $e) (i32.const 25))))
          (i32.add
            (i32.xor (local.get $g) (i32.and (local.get $e) (i32.xor (local.get $f) (local.get $g))))
            (i32.add (i32.load (i32.add (local.get $k) (local.get $t))) (i32.load (i32.add (local.get $w) (local.get $t)))))))
      ;; t2 = S0(a) + Maj(a, b, c)
      (local.set $t2
        (i32.add
          (i32.xor (i32.xor (i32.rotr (local.get $a) (i32.const 2)) (i32.rotr (local.get $a) (i32.const 13))) (i32.rotr (local.get $a) (i32.const 22)))
          (i32.or (i32.and (local.get $a) (local.get $b)) (i32.and (local.get $c) (i32.or (local.get $a) (local.get $b))))))
      (local.set $h (local.get $g))
      (local.set $g (local.get $f))
      (local.set $f (local.get $e))
      (local.set $e (i32.add (local.get $d) (local.get $t1)))
      (local.set $d (local.get $c))
      (local.set $c (local.get $b))
      (local.set $b (local.get $a))
      (local.set $a (i32.add (local.get $t1) (local.get $t2)))
      (local.set $t (i32.add (local.get $t) (i32.const 4)))
      (br_if $round (i32.lt_u (local.get $t) (i32.const 256))))
    (i32.store (local.get $st) (i32.add (i32.load (local.get $st)) (local.get $a)))
    (i32.store offset=4 (local.get $st) (i32.add (i32.load offset=4 (local.get $st)) (local.get $b)))
    (i32.store offset=8 (local.get $st) (i32.add (i32.load offset=8 (local.get $st)) (local.get $c)))
    (i32.store offset=12 (local.get $st) (i32.add (i32.load offset=12 (local.get $st)) (local.get $d)))
    (i32.store offset=16 (local.get $st) (i32.add (i32.load offset=16 (local.get $st)) (local.get $e)))
    (i32.store offset=20 (local.get $st) (i32.add (i32.load offset=20 (local.get $st)) (local.get $f)))
    (i32.store offset=24 (local.get $st) (i32.add (i32.load offset=24 (local.get $st)) (local.get $g)))
    (i32.store offset=28 (local.get $st) (i32.add (i32.load offset=28 (local.get $st)) (local.get $h))))

  ;; The 8 lowercase hex digits of $v, most significant first, at $dst.
  (func ${fn}__hex8 (param $dst i32) (param $v i32)
    (local $i i32) (local $d i32)
    (loop $digit
      (local.set $d (i32.and (i32.shr_u (local.get $v) (i32.sub (i32.const 28) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 15)))
      (i32.store8 (i32.add (local.get $dst) (local.get $i))
        (i32.add (i32.add (local.get $d) (i32.const 48)) (i32.mul (i32.gt_u (local.get $d) (i32.const 9)) (i32.const 39))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $digit (i32.lt_u (local.get $i) (i32.const 8)))))
  ;; K: the 64 round constants
  (data (i32.const 0)
    "\98\2f\8a\42\91\44\37\71\cf\fb\c0\b5\a5\db\b5\e9\5b\c2\56\39\f1\11\f1\59\a4\82\3f\92\d5\5e\1c\ab\98\aa\07\d8\01\5b\83\12\be\85\31\24\c3\7d\0c\55\74\5d\be\72\fe\b1\de\80\a7\06\dc\9b\74\f1\9b\c1"
    "\c1\69\9b\e4\86\47\be\ef\c6\9d\c1\0f\cc\a1\0c\24\6f\2c\e9\2d\aa\84\74\4a\dc\a9\b0\5c\da\88\f9\76\52\51\3e\98\6d\c6\31\a8\c8\27\03\b0\c7\7f\59\bf\f3\0b\e0\c6\47\91\a7\d5\51\63\ca\06\67\29\29\14"
    "\85\0a\b7\27\38\21\1b\2e\fc\6d\2c\4d\13\0d\38\53\54\73\0a\65\bb\0a\6a\76\2e\c9\c2\81\85\2c\72\92\a1\e8\bf\a2\4b\66\1a\a8\70\8b\4b\c2\a3\51\6c\c7\19\e8\92\d1\24\06\99\d6\85\35\0e\f4\70\a0\6a\10"
    "\16\c1\a4\19\08\6c\37\1e\4c\77\48\27\b5\bc\b0\34\b3\0c\1c\39\4a\aa\d8\4e\4f\ca\9c\5b\f3\6f\2e\68\ee\82\8f\74\6f\63\a5\78\14\78\c8\84\08\02\c7\8c\fa\ff\be\90\eb\6c\50\a4\f7\a3\f9\be\f2\78\71\c6"
  ))
