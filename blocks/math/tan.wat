;; tan: a port of fdlibm s_tan.c with k_tan.c and e_rem_pio2.c (FreeBSD msun / musl), error < 1 ulp;
;; arguments beyond 2^20*pi/2 are reduced exactly by Payne-Hanek (192 bits of 2/pi, integer products).
(module
  (import "link" "${fn}_data" (global ${fn}_data i32))
  ;; bits of 2/pi: bit p after the binary point (p >= 1; p <= 0 reads as 0) is bit 63 - ((p + 64) & 63)
  ;; of the little-endian u64 word (p + 64) >> 6
  (data (i32.const 0)
    "\00\00\00\00\00\00\00\00\94\0a\22\27\b7\c1\7c\51\e0\6e\9a\fa\e8\ab\13\fe\20\c8\21\9e\cc\4a\b1\6d"
    "\b0\e2\5d\ef\d5\b1\28\ff\70\e9\26\21\1d\37\92\db\0e\c9\e8\04\75\97\24\03\9f\d3\94\58\8e\f5\0e\7f"
    "\42\a2\5d\97\fa\1a\41\74\20\bf\2f\5a\13\38\ce\74\fa\9c\a9\c1\1c\eb\c8\9c\1d\94\fc\de\c5\2f\42\4e"
    "\07\cc\02\ef\ff\4b\fc\8f\8f\36\05\ad\c5\88\97\f7\db\84\e5\93\67\3f\9b\b6\16\f5\2f\4f\b3\1f\a3\a7"
    "\bd\f8\f2\f5\63\dd\93\ba\75\49\29\c5\fb\9c\83\9e\84\ae\c6\8f\d8\af\fd\35\d5\b5\3d\7e\23\98\01\2b"
    "\0e\1b\7a\4d\10\de\67\f8\84\0d\73\af\b0\c8\f1\d4\20\34\50\8a\af\c2\cc\32\98\93\b9\26\40\ec\ff\46")
  (func ${fn}__hi (param $x f64) (result i32)
    (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $x)) (i64.const 32))))
  (func ${fn}__lo (param $x f64) (result i32)
    (i32.wrap_i64 (i64.reinterpret_f64 (local.get $x))))
  ;; x with its low 32 bits cleared
  (func ${fn}__clrlo (param $x f64) (result f64)
    (f64.reinterpret_i64 (i64.and (i64.reinterpret_f64 (local.get $x)) (i64.const 0xFFFFFFFF00000000))))
  ;; the double with these high and low words
  (func ${fn}__words (param $h i32) (param $l i32) (result f64)
    (f64.reinterpret_i64 (i64.or (i64.shl (i64.extend_i32_u (local.get $h)) (i64.const 32)) (i64.extend_i32_u (local.get $l)))))
  ;; the high 64 bits of the 128-bit product of a and b (unsigned), from 32-bit halves
  (func ${fn}__mulhi (param $a i64) (param $b i64) (result i64)
    (local $a0 i64) (local $a1 i64) (local $b0 i64) (local $b1 i64) (local $p01 i64) (local $p10 i64) (local $mid i64)
    (local.set $a0 (i64.and (local.get $a) (i64.const 0xffffffff)))
    (local.set $a1 (i64.shr_u (local.get $a) (i64.const 32)))
    (local.set $b0 (i64.and (local.get $b) (i64.const 0xffffffff)))
    (local.set $b1 (i64.shr_u (local.get $b) (i64.const 32)))
    (local.set $p01 (i64.mul (local.get $a0) (local.get $b1)))
    (local.set $p10 (i64.mul (local.get $a1) (local.get $b0)))
    (local.set $mid (i64.add (i64.add (i64.shr_u (i64.mul (local.get $a0) (local.get $b0)) (i64.const 32))
                                      (i64.and (local.get $p01) (i64.const 0xffffffff)))
                             (i64.and (local.get $p10) (i64.const 0xffffffff))))
    (i64.add (i64.add (i64.mul (local.get $a1) (local.get $b1)) (i64.shr_u (local.get $p01) (i64.const 32)))
             (i64.add (i64.shr_u (local.get $p10) (i64.const 32)) (i64.shr_u (local.get $mid) (i64.const 32)))))
  ;; k_tan(x, y, iy): tan(x + y) if iy = 1, -1/tan(x + y) if iy = -1, on [-pi/4, pi/4] (fdlibm k_tan.c)
  (func ${fn}__ktan (param $x f64) (param $y f64) (param $iy i32) (result f64)
    (local $z f64) (local $r f64) (local $v f64) (local $w f64) (local $s f64) (local $a f64) (local $t f64)
    (local $ix i32) (local $hx i32) (local $big i32)
    (local.set $hx (call ${fn}__hi (local.get $x)))
    (local.set $ix (i32.and (local.get $hx) (i32.const 0x7fffffff)))
    (local.set $big (i32.ge_u (local.get $ix) (i32.const 0x3FE59428)))
    (if (local.get $big)
      (then
        ;; |x| >= 0.6744: tan(x) = tan(pi/4 - y')
        (if (i32.lt_s (local.get $hx) (i32.const 0))
          (then (local.set $x (f64.neg (local.get $x))) (local.set $y (f64.neg (local.get $y)))))
        (local.set $z (f64.sub (f64.const 7.85398163397448278999e-01) (local.get $x)))
        (local.set $w (f64.sub (f64.const 3.06161699786838301793e-17) (local.get $y)))
        (local.set $x (f64.add (local.get $z) (local.get $w)))
        (local.set $y (f64.const 0))))
    (local.set $z (f64.mul (local.get $x) (local.get $x)))
    (local.set $w (f64.mul (local.get $z) (local.get $z)))
    (local.set $r (f64.add (f64.const 1.33333333333201242699e-01) (f64.mul (local.get $w)
      (f64.add (f64.const 2.18694882948595424599e-02) (f64.mul (local.get $w)
      (f64.add (f64.const 3.59207910759131235356e-03) (f64.mul (local.get $w)
      (f64.add (f64.const 5.88041240820264096874e-04) (f64.mul (local.get $w)
      (f64.add (f64.const 7.81794442939557092300e-05) (f64.mul (local.get $w) (f64.const -1.85586374855275456654e-05))))))))))))
    (local.set $v (f64.mul (local.get $z)
      (f64.add (f64.const 5.39682539762260521377e-02) (f64.mul (local.get $w)
      (f64.add (f64.const 8.86323982359930005737e-03) (f64.mul (local.get $w)
      (f64.add (f64.const 1.45620945432529025516e-03) (f64.mul (local.get $w)
      (f64.add (f64.const 2.46463134818469906812e-04) (f64.mul (local.get $w)
      (f64.add (f64.const 7.14072491382608190305e-05) (f64.mul (local.get $w) (f64.const 2.59073051863633712884e-05)))))))))))))
    (local.set $s (f64.mul (local.get $z) (local.get $x)))
    (local.set $r (f64.add (local.get $y)
      (f64.mul (local.get $z) (f64.add (f64.mul (local.get $s) (f64.add (local.get $r) (local.get $v))) (local.get $y)))))
    (local.set $r (f64.add (local.get $r) (f64.mul (f64.const 3.33333333333334091986e-01) (local.get $s))))
    (local.set $w (f64.add (local.get $x) (local.get $r)))
    (if (local.get $big)
      (then
        (local.set $v (f64.convert_i32_s (local.get $iy)))
        (return (f64.mul
          (f64.convert_i32_s (i32.sub (i32.const 1) (i32.and (i32.shr_s (local.get $hx) (i32.const 30)) (i32.const 2))))
          (f64.sub (local.get $v)
            (f64.mul (f64.const 2.0)
              (f64.sub (local.get $x)
                (f64.sub (f64.div (f64.mul (local.get $w) (local.get $w)) (f64.add (local.get $w) (local.get $v))) (local.get $r)))))))))
    (if (i32.eq (local.get $iy) (i32.const 1)) (then (return (local.get $w))))
    ;; -1/(x + r) computed accurately
    (local.set $z (call ${fn}__clrlo (local.get $w)))
    (local.set $v (f64.sub (local.get $r) (f64.sub (local.get $z) (local.get $x))))
    (local.set $a (f64.div (f64.const -1.0) (local.get $w)))
    (local.set $t (call ${fn}__clrlo (local.get $a)))
    (local.set $s (f64.add (f64.const 1.0) (f64.mul (local.get $t) (local.get $z))))
    (f64.add (local.get $t) (f64.mul (local.get $a) (f64.add (local.get $s) (f64.mul (local.get $t) (local.get $v))))))
  (func ${fn} (param $x f64) (result f64)
    (local $y0 f64) (local $y1 f64) (local $z f64) (local $w f64) (local $t f64) (local $r f64) (local $fn f64)
    (local $da f64) (local $db f64) (local $ah f64) (local $al f64)
    (local $hx i32) (local $ix i32) (local $n i32) (local $k1 i32) (local $j i32) (local $q i32) (local $p i32) (local $neg i32)
    (local $bits i64) (local $m i64) (local $sh i64) (local $w0 i64) (local $w1 i64) (local $w2 i64) (local $a i64)
    (local $r0 i64) (local $r1 i64) (local $r2 i64) (local $fh i64) (local $fl i64) (local $tot i64)
    (local.set $ix (i32.and (call ${fn}__hi (local.get $x)) (i32.const 0x7fffffff)))
    (if (i32.le_u (local.get $ix) (i32.const 0x3fe921fb))
      (then
        ;; |x| ~< pi/4; |x| < 2^-27 gives x (keeping -0.0)
        (if (i32.lt_u (local.get $ix) (i32.const 0x3e400000)) (then (return (local.get $x))))
        (return (call ${fn}__ktan (local.get $x) (f64.const 0) (i32.const 1)))))
    ;; tan(inf) and tan(NaN) are NaN
    (if (i32.ge_u (local.get $ix) (i32.const 0x7ff00000)) (then (return (f64.sub (local.get $x) (local.get $x)))))
    ;; ---- argument reduction: x = n*pi/2 + (y0 + y1), |y0 + y1| <= pi/4 (fdlibm e_rem_pio2.c for
    ;; |x| < 2^20*pi/2; beyond that Payne-Hanek with 192 bits of 2/pi and 64-bit integer products)
    (local.set $hx (call ${fn}__hi (local.get $x)))
    (local.set $ix (i32.and (local.get $hx) (i32.const 0x7fffffff)))
    (block $reduced
      (block $medium
        (if (i32.le_u (local.get $ix) (i32.const 0x401c463b))
          (then
            ;; |x| ~<= 9pi/4: n = k1 in 1..4 unless x is close to a multiple of pi/2
            (if (i32.le_u (local.get $ix) (i32.const 0x400f6a7a))
              (then
                (br_if $medium (i32.eq (i32.and (local.get $ix) (i32.const 0xfffff)) (i32.const 0x921fb)))
                (local.set $k1 (select (i32.const 1) (i32.const 2) (i32.le_u (local.get $ix) (i32.const 0x4002d97c)))))
              (else
                (if (i32.le_u (local.get $ix) (i32.const 0x4015fdbc))
                  (then
                    (br_if $medium (i32.eq (local.get $ix) (i32.const 0x4012d97c)))
                    (local.set $k1 (i32.const 3)))
                  (else
                    (br_if $medium (i32.eq (local.get $ix) (i32.const 0x401921fb)))
                    (local.set $k1 (i32.const 4))))))
            (local.set $fn (f64.convert_i32_s (local.get $k1)))
            (if (i32.gt_s (local.get $hx) (i32.const 0))
              (then
                (local.set $z (f64.sub (local.get $x) (f64.mul (local.get $fn) (f64.const 1.57079632673412561417e+00))))
                (local.set $y0 (f64.sub (local.get $z) (f64.mul (local.get $fn) (f64.const 6.07710050650619224932e-11))))
                (local.set $y1 (f64.sub (f64.sub (local.get $z) (local.get $y0)) (f64.mul (local.get $fn) (f64.const 6.07710050650619224932e-11))))
                (local.set $n (local.get $k1)))
              (else
                (local.set $z (f64.add (local.get $x) (f64.mul (local.get $fn) (f64.const 1.57079632673412561417e+00))))
                (local.set $y0 (f64.add (local.get $z) (f64.mul (local.get $fn) (f64.const 6.07710050650619224932e-11))))
                (local.set $y1 (f64.add (f64.sub (local.get $z) (local.get $y0)) (f64.mul (local.get $fn) (f64.const 6.07710050650619224932e-11))))
                (local.set $n (i32.sub (i32.const 0) (local.get $k1)))))
            (br $reduced)))
        (br_if $medium (i32.lt_u (local.get $ix) (i32.const 0x413921fb)))
        ;; Payne-Hanek. x = m 2^E (m 53 bits, E = e - 1075); with the 192 bits of 2/pi from bit s = E - 1,
        ;; m*W*2^-190 is x*2/pi modulo 4: bits 190..191 the quadrant, bits 0..189 the fraction.
        (local.set $bits (i64.reinterpret_f64 (local.get $x)))
        (local.set $m (i64.or (i64.and (local.get $bits) (i64.const 0xFFFFFFFFFFFFF)) (i64.const 0x10000000000000)))
        (local.set $q (i32.sub (i32.wrap_i64 (i64.and (i64.shr_u (local.get $bits) (i64.const 52)) (i64.const 0x7ff))) (i32.const 1012)))
        (local.set $p (i32.add (global.get ${fn}_data) (i32.shl (i32.shr_u (local.get $q) (i32.const 6)) (i32.const 3))))
        (local.set $sh (i64.extend_i32_u (i32.and (local.get $q) (i32.const 63))))
        (local.set $w0 (i64.load (local.get $p)))
        (local.set $w1 (i64.load offset=8 (local.get $p)))
        (local.set $w2 (i64.load offset=16 (local.get $p)))
        (if (i64.ne (local.get $sh) (i64.const 0))
          (then
            (local.set $a (i64.load offset=24 (local.get $p)))
            (local.set $w0 (i64.or (i64.shl (local.get $w0) (local.get $sh)) (i64.shr_u (local.get $w1) (i64.sub (i64.const 64) (local.get $sh)))))
            (local.set $w1 (i64.or (i64.shl (local.get $w1) (local.get $sh)) (i64.shr_u (local.get $w2) (i64.sub (i64.const 64) (local.get $sh)))))
            (local.set $w2 (i64.or (i64.shl (local.get $w2) (local.get $sh)) (i64.shr_u (local.get $a) (i64.sub (i64.const 64) (local.get $sh)))))))
        ;; m*W mod 2^192 = r2:r1:r0
        (local.set $r0 (i64.mul (local.get $m) (local.get $w2)))
        (local.set $a (call ${fn}__mulhi (local.get $m) (local.get $w2)))
        (local.set $r1 (i64.add (local.get $a) (i64.mul (local.get $m) (local.get $w1))))
        (local.set $r2 (i64.add (i64.add (i64.mul (local.get $m) (local.get $w0)) (call ${fn}__mulhi (local.get $m) (local.get $w1)))
                                (i64.extend_i32_u (i64.lt_u (local.get $r1) (local.get $a)))))
        (local.set $n (i32.wrap_i64 (i64.shr_u (local.get $r2) (i64.const 62))))
        ;; the fraction as a 128-bit fixed point number fh:fl
        (local.set $fh (i64.or (i64.shl (local.get $r2) (i64.const 2)) (i64.shr_u (local.get $r1) (i64.const 62))))
        (local.set $fl (i64.or (i64.shl (local.get $r1) (i64.const 2)) (i64.shr_u (local.get $r0) (i64.const 62))))
        (local.set $neg (i32.const 0))
        (if (i64.lt_s (local.get $fh) (i64.const 0))
          (then
            ;; fraction >= 1/2: round n up and take 1 - fraction, negated
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (local.set $neg (i32.const 1))
            (local.set $fh (i64.add (i64.xor (local.get $fh) (i64.const -1)) (i64.extend_i32_u (i64.eqz (local.get $fl)))))
            (local.set $fl (i64.sub (i64.const 0) (local.get $fl)))))
        (local.set $tot (i64.const 0))
        (if (i64.eqz (local.get $fh))
          (then (local.set $fh (local.get $fl)) (local.set $fl (i64.const 0)) (local.set $tot (i64.const 64))))
        (if (i64.eqz (local.get $fh))
          (then (local.set $y0 (f64.const 0)) (local.set $y1 (f64.const 0)))
          (else
            (local.set $sh (i64.clz (local.get $fh)))
            (if (i64.ne (local.get $sh) (i64.const 0))
              (then
                (local.set $fh (i64.or (i64.shl (local.get $fh) (local.get $sh)) (i64.shr_u (local.get $fl) (i64.sub (i64.const 64) (local.get $sh)))))
                (local.set $fl (i64.shl (local.get $fl) (local.get $sh)))))
            (local.set $tot (i64.add (local.get $tot) (local.get $sh)))
            ;; fraction = a + b (a: the top 53 bits, b: the next 64 rounded), both exact powers-of-two scalings
            (local.set $da (f64.mul (f64.convert_i64_u (i64.shr_u (local.get $fh) (i64.const 11)))
              (f64.reinterpret_i64 (i64.shl (i64.sub (i64.const 970) (local.get $tot)) (i64.const 52)))))
            (local.set $db (f64.mul
              (f64.convert_i64_u (i64.or (i64.shl (i64.and (local.get $fh) (i64.const 0x7ff)) (i64.const 53)) (i64.shr_u (local.get $fl) (i64.const 11))))
              (f64.reinterpret_i64 (i64.shl (i64.sub (i64.const 906) (local.get $tot)) (i64.const 52)))))
            ;; (a + b) * pi/2 in double-double: a*pio2_hi exactly by Dekker's product
            (local.set $t (f64.mul (local.get $da) (f64.const 134217729.0)))
            (local.set $ah (f64.sub (local.get $t) (f64.sub (local.get $t) (local.get $da))))
            (local.set $al (f64.sub (local.get $da) (local.get $ah)))
            (local.set $z (f64.mul (local.get $da) (f64.const 0x1.921fb54442d18p0)))
            (local.set $w (f64.add
              (f64.add (f64.add (f64.sub (f64.mul (local.get $ah) (f64.const 0x1.921fb58p0)) (local.get $z))
                                (f64.mul (local.get $ah) (f64.const -0x1.dde974p-27)))
                       (f64.mul (local.get $al) (f64.const 0x1.921fb58p0)))
              (f64.mul (local.get $al) (f64.const -0x1.dde974p-27))))
            (local.set $w (f64.add (local.get $w)
              (f64.add (f64.mul (local.get $da) (f64.const 0x1.1a62633145c07p-54)) (f64.mul (local.get $db) (f64.const 0x1.921fb54442d18p0)))))
            (local.set $y0 (f64.add (local.get $z) (local.get $w)))
            (local.set $y1 (f64.sub (local.get $w) (f64.sub (local.get $y0) (local.get $z))))
            (if (local.get $neg)
              (then (local.set $y0 (f64.neg (local.get $y0))) (local.set $y1 (f64.neg (local.get $y1)))))))
        (if (i32.lt_s (local.get $hx) (i32.const 0))
          (then
            (local.set $y0 (f64.neg (local.get $y0)))
            (local.set $y1 (f64.neg (local.get $y1)))
            (local.set $n (i32.sub (i32.const 0) (local.get $n)))))
        (br $reduced))
      ;; medium: n = rint(x*2/pi); r = x - n*pi/2 with pi/2 in 33-bit pieces, 2 or 3 rounds when they cancel
      (local.set $fn (f64.sub (f64.add (f64.mul (local.get $x) (f64.const 6.36619772367581382433e-01)) (f64.const 0x1.8p52)) (f64.const 0x1.8p52)))
      (local.set $n (i32.trunc_f64_s (local.get $fn)))
      (local.set $r (f64.sub (local.get $x) (f64.mul (local.get $fn) (f64.const 1.57079632673412561417e+00))))
      (local.set $w (f64.mul (local.get $fn) (f64.const 6.07710050650619224932e-11)))
      (local.set $j (i32.shr_u (local.get $ix) (i32.const 20)))
      (local.set $y0 (f64.sub (local.get $r) (local.get $w)))
      (if (i32.gt_s (i32.sub (local.get $j) (i32.and (i32.shr_u (call ${fn}__hi (local.get $y0)) (i32.const 20)) (i32.const 0x7ff))) (i32.const 16))
        (then
          (local.set $t (local.get $r))
          (local.set $w (f64.mul (local.get $fn) (f64.const 6.07710050630396597660e-11)))
          (local.set $r (f64.sub (local.get $t) (local.get $w)))
          (local.set $w (f64.sub (f64.mul (local.get $fn) (f64.const 2.02226624879595063154e-21))
                                 (f64.sub (f64.sub (local.get $t) (local.get $r)) (local.get $w))))
          (local.set $y0 (f64.sub (local.get $r) (local.get $w)))
          (if (i32.gt_s (i32.sub (local.get $j) (i32.and (i32.shr_u (call ${fn}__hi (local.get $y0)) (i32.const 20)) (i32.const 0x7ff))) (i32.const 49))
            (then
              (local.set $t (local.get $r))
              (local.set $w (f64.mul (local.get $fn) (f64.const 2.02226624871116645580e-21)))
              (local.set $r (f64.sub (local.get $t) (local.get $w)))
              (local.set $w (f64.sub (f64.mul (local.get $fn) (f64.const 8.47842766036889956997e-32))
                                     (f64.sub (f64.sub (local.get $t) (local.get $r)) (local.get $w))))
              (local.set $y0 (f64.sub (local.get $r) (local.get $w)))))))
      (local.set $y1 (f64.sub (f64.sub (local.get $r) (local.get $y0)) (local.get $w))))
    ;; tan(y) for even n, -1/tan(y) for odd n
    (call ${fn}__ktan (local.get $y0) (local.get $y1) (i32.sub (i32.const 1) (i32.shl (i32.and (local.get $n) (i32.const 1)) (i32.const 1)))))
)
