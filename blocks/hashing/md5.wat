;; md5: RFC 1321 MD5 of the UTF-8 bytes as 32 lowercase hex digits. Scratch (one allocation):
;; the 4-word state and a 128-byte buffer for the padded last one or two blocks.
(module
  (import "link" "{fn}_data" (global ${fn}_data i32))
  (func ${fn} (param $s i32) (result i32)
    (local $len i32) (local $p i32) (local $end i32) (local $st i32) (local $tail i32) (local $rem i32)
    (local $total i32) (local $i i32) (local $bits i64) (local $out i32)
    (local.set $len (i32.load (local.get $s)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.and (local.get $len) (i32.const -64))))
    (local.set $st (call $rt_alloc (i32.const 160)))
    (local.set $tail (i32.add (local.get $st) (i32.const 32)))
    (v128.store (local.get $st) (v128.const i32x4 0x67452301 0xefcdab89 0x98badcfe 0x10325476))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (call ${fn}__block (local.get $st) (local.get $p))
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $next)))
    ;; padding: the rest, 0x80, zeros, the bit length as a little-endian u64 ending a 64-byte block
    (local.set $rem (i32.and (local.get $len) (i32.const 63)))
    (memory.fill (local.get $tail) (i32.const 0) (i32.const 128))
    (memory.copy (local.get $tail) (local.get $p) (local.get $rem))
    (i32.store8 (i32.add (local.get $tail) (local.get $rem)) (i32.const 0x80))
    (local.set $total (select (i32.const 64) (i32.const 128) (i32.le_u (local.get $rem) (i32.const 55))))
    (local.set $bits (i64.shl (i64.extend_i32_u (local.get $len)) (i64.const 3)))
    (i64.store (i32.sub (i32.add (local.get $tail) (local.get $total)) (i32.const 8)) (local.get $bits))
    (call ${fn}__block (local.get $st) (local.get $tail))
    (if (i32.eq (local.get $total) (i32.const 128))
      (then (call ${fn}__block (local.get $st) (i32.add (local.get $tail) (i32.const 64)))))
    ;; the digest is the state's bytes in memory order: hex of the byte-swapped words
    (v128.store (local.get $st) (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (v128.load (local.get $st)) (v128.load (local.get $st))))
    (local.set $out (call $rt_str_alloc (i32.const 32)))
    (local.set $i (i32.const 0))
    (loop $word
      (call ${fn}__hex8 (i32.add (i32.add (local.get $out) (i32.const 8)) (i32.shl (local.get $i) (i32.const 3)))
        (i32.load (i32.add (local.get $st) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $word (i32.lt_u (local.get $i) (i32.const 4))))
    (local.get $out))

  ;; One 64-byte block at $src (little-endian words M) into the state at $st.
  ;; Data: K[64] (words) at 0, the 64 rotation amounts (bytes) at 256.
  (func ${fn}__block (param $st i32) (param $src i32)
    (local $tab i32) (local $i i32) (local $f i32) (local $g i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32)
    (local.set $tab (global.get ${fn}_data))
    (local.set $a (i32.load (local.get $st)))
    (local.set $b (i32.load offset=4 (local.get $st)))
    (local.set $c (i32.load offset=8 (local.get $st)))
    (local.set $d (i32.load offset=12 (local.get $st)))
    (loop $round
      (if (i32.lt_u (local.get $i) (i32.const 16))
        (then
          (local.set $f (i32.xor (local.get $d) (i32.and (local.get $b) (i32.xor (local.get $c) (local.get $d)))))
          (local.set $g (local.get $i)))
        (else (if (i32.lt_u (local.get $i) (i32.const 32))
          (then
            (local.set $f (i32.xor (local.get $c) (i32.and (local.get $d) (i32.xor (local.get $b) (local.get $c)))))
            (local.set $g (i32.and (i32.add (i32.mul (local.get $i) (i32.const 5)) (i32.const 1)) (i32.const 15))))
          (else (if (i32.lt_u (local.get $i) (i32.const 48))
            (then
              (local.set $f (i32.xor (i32.xor (local.get $b) (local.get $c)) (local.get $d)))
              (local.set $g (i32.and (i32.add (i32.mul (local.get $i) (i32.const 3)) (i32.const 5)) (i32.const 15))))
            (else
              (local.set $f (i32.xor (local.get $c) (i32.or (local.get $b) (i32.xor (local.get $d) (i32.const -1)))))
              (local.set $g (i32.and (i32.mul (local.get $i) (i32.const 7)) (i32.const 15)))))))))
      (local.set $f
        (i32.add
          (i32.add (local.get $f) (local.get $a))
          (i32.add
            (i32.load (i32.add (local.get $tab) (i32.shl (local.get $i) (i32.const 2))))
            (i32.load (i32.add (local.get $src) (i32.shl (local.get $g) (i32.const 2)))))))
      (local.set $a (local.get $d))
      (local.set $d (local.get $c))
      (local.set $c (local.get $b))
      (local.set $b (i32.add (local.get $b)
        (i32.rotl (local.get $f) (i32.load8_u offset=256 (i32.add (local.get $tab) (local.get $i))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $round (i32.lt_u (local.get $i) (i32.const 64))))
    (i32.store (local.get $st) (i32.add (i32.load (local.get $st)) (local.get $a)))
    (i32.store offset=4 (local.get $st) (i32.add (i32.load offset=4 (local.get $st)) (local.get $b)))
    (i32.store offset=8 (local.get $st) (i32.add (i32.load offset=8 (local.get $st)) (local.get $c)))
    (i32.store offset=12 (local.get $st) (i32.add (i32.load offset=12 (local.get $st)) (local.get $d))))

  ;; The 8 lowercase hex digits of $v, most significant first, at $dst.
  (func ${fn}__hex8 (param $dst i32) (param $v i32)
    (local $i i32) (local $d i32)
    (loop $digit
      (local.set $d (i32.and (i32.shr_u (local.get $v) (i32.sub (i32.const 28) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 15)))
      (i32.store8 (i32.add (local.get $dst) (local.get $i))
        (i32.add (i32.add (local.get $d) (i32.const 48)) (i32.mul (i32.gt_u (local.get $d) (i32.const 9)) (i32.const 39))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $digit (i32.lt_u (local.get $i) (i32.const 8)))))
  ;; K[i] = floor(|sin(i + 1)| * 2^32), then the rotation amounts
  (data (i32.const 0)
    "\78\a4\6a\d7\56\b7\c7\e8\db\70\20\24\ee\ce\bd\c1\af\0f\7c\f5\2a\c6\87\47\13\46\30\a8\01\95\46\fd\d8\98\80\69\af\f7\44\8b\b1\5b\ff\ff\be\d7\5c\89\22\11\90\6b\93\71\98\fd\8e\43\79\a6\21\08\b4\49"
    "\62\25\1e\f6\40\b3\40\c0\51\5a\5e\26\aa\c7\b6\e9\5d\10\2f\d6\53\14\44\02\81\e6\a1\d8\c8\fb\d3\e7\e6\cd\e1\21\d6\07\37\c3\87\0d\d5\f4\ed\14\5a\45\05\e9\e3\a9\f8\a3\ef\fc\d9\02\6f\67\8a\4c\2a\8d"
    "\42\39\fa\ff\81\f6\71\87\22\61\9d\6d\0c\38\e5\fd\44\ea\be\a4\a9\cf\de\4b\60\4b\bb\f6\70\bc\bf\be\c6\7e\9b\28\fa\27\a1\ea\85\30\ef\d4\05\1d\88\04\39\d0\d4\d9\e5\99\db\e6\f8\7c\a2\1f\65\56\ac\c4"
    "\44\22\29\f4\97\ff\2a\43\a7\23\94\ab\39\a0\93\fc\c3\59\5b\65\92\cc\0c\8f\7d\f4\ef\ff\d1\5d\84\85\4f\7e\a8\6f\e0\e6\2c\fe\14\43\01\a3\a1\11\08\4e\82\7e\53\f7\35\f2\3a\bd\bb\d2\d7\2a\91\d3\86\eb"
    "\07\0c\11\16\07\0c\11\16\07\0c\11\16\07\0c\11\16\05\09\0e\14\05\09\0e\14\05\09\0e\14\05\09\0e\14\04\0b\10\17\04\0b\10\17\04\0b\10\17\04\0b\10\17\06\0a\0f\15\06\0a\0f\15\06\0a\0f\15\06\0a\0f\15"))
