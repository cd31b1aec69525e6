;; atan2: a port of fdlibm e_atan2.c (FreeBSD msun / musl), error < 1 ulp: the angle of the point (x, y)
;; from atan(|y/x|) and the signs of x and y, with the IEEE special cases for zeros, infinities and NaN.
(module
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
  (func ${fn}__atan (param $x f64) (result f64)
    (local $w f64) (local $s1 f64) (local $s2 f64) (local $z f64) (local $hi f64) (local $lo f64)
    (local $ix i32) (local $hx i32) (local $id i32)
    (local.set $hx (call ${fn}__hi (local.get $x)))
    (local.set $ix (i32.and (local.get $hx) (i32.const 0x7fffffff)))
    (if (i32.ge_s (local.get $ix) (i32.const 0x44100000))
      (then
        ;; |x| >= 2^66: NaN stays, else +-pi/2
        (if (f64.ne (local.get $x) (local.get $x)) (then (return (f64.add (local.get $x) (local.get $x)))))
        (if (i32.gt_s (local.get $hx) (i32.const 0))
          (then (return (f64.add (f64.const 1.57079632679489655800e+00) (f64.const 6.12323399573676603587e-17)))))
        (return (f64.sub (f64.const -1.57079632679489655800e+00) (f64.const 6.12323399573676603587e-17)))))
    (local.set $id (i32.const -1))
    (if (i32.lt_s (local.get $ix) (i32.const 0x3fdc0000))
      (then
        ;; |x| < 0.4375; |x| < 2^-27 gives x
        (if (i32.lt_s (local.get $ix) (i32.const 0x3e400000)) (then (return (local.get $x)))))
      (else
        (local.set $x (f64.abs (local.get $x)))
        (if (i32.lt_s (local.get $ix) (i32.const 0x3ff30000))
          (then
            (if (i32.lt_s (local.get $ix) (i32.const 0x3fe60000))
              (then
                ;; 7/16 <= |x| < 11/16
                (local.set $id (i32.const 0))
                (local.set $x (f64.div (f64.sub (f64.mul (f64.const 2.0) (local.get $x)) (f64.const 1.0))
                                       (f64.add (f64.const 2.0) (local.get $x)))))
              (else
                ;; 11/16 <= |x| < 19/16
                (local.set $id (i32.const 1))
                (local.set $x (f64.div (f64.sub (local.get $x) (f64.const 1.0)) (f64.add (local.get $x) (f64.const 1.0)))))))
          (else
            (if (i32.lt_s (local.get $ix) (i32.const 0x40038000))
              (then
                ;; |x| < 2.4375
                (local.set $id (i32.const 2))
                (local.set $x (f64.div (f64.sub (local.get $x) (f64.const 1.5))
                                       (f64.add (f64.const 1.0) (f64.mul (f64.const 1.5) (local.get $x))))))
              (else
                ;; 2.4375 <= |x| < 2^66
                (local.set $id (i32.const 3))
                (local.set $x (f64.div (f64.const -1.0) (local.get $x)))))))))
    (local.set $z (f64.mul (local.get $x) (local.get $x)))
    (local.set $w (f64.mul (local.get $z) (local.get $z)))
    ;; sum of aT[i] z^(i+1), split into odd and even polynomials
    (local.set $s1 (f64.mul (local.get $z)
      (f64.add (f64.const 3.33333333333329318027e-01) (f64.mul (local.get $w)
      (f64.add (f64.const 1.42857142725034663711e-01) (f64.mul (local.get $w)
      (f64.add (f64.const 9.09088713343650656196e-02) (f64.mul (local.get $w)
      (f64.add (f64.const 6.66107313738753120669e-02) (f64.mul (local.get $w)
      (f64.add (f64.const 4.97687799461593236017e-02) (f64.mul (local.get $w) (f64.const 1.62858201153657823623e-02)))))))))))))
    (local.set $s2 (f64.mul (local.get $w)
      (f64.add (f64.const -1.99999999998764832476e-01) (f64.mul (local.get $w)
      (f64.add (f64.const -1.11111104054623557880e-01) (f64.mul (local.get $w)
      (f64.add (f64.const -7.69187620504482999495e-02) (f64.mul (local.get $w)
      (f64.add (f64.const -5.83357013379057348645e-02) (f64.mul (local.get $w) (f64.const -3.65315727442169155270e-02)))))))))))
    (if (i32.lt_s (local.get $id) (i32.const 0))
      (then (return (f64.sub (local.get $x) (f64.mul (local.get $x) (f64.add (local.get $s1) (local.get $s2)))))))
    ;; atanhi[id], atanlo[id]
    (if (i32.eqz (local.get $id))
      (then (local.set $hi (f64.const 4.63647609000806093515e-01)) (local.set $lo (f64.const 2.26987774529616870924e-17))))
    (if (i32.eq (local.get $id) (i32.const 1))
      (then (local.set $hi (f64.const 7.85398163397448278999e-01)) (local.set $lo (f64.const 3.06161699786838301793e-17))))
    (if (i32.eq (local.get $id) (i32.const 2))
      (then (local.set $hi (f64.const 9.82793723247329054082e-01)) (local.set $lo (f64.const 1.39033110312309984516e-17))))
    (if (i32.eq (local.get $id) (i32.const 3))
      (then (local.set $hi (f64.const 1.57079632679489655800e+00)) (local.set $lo (f64.const 6.12323399573676603587e-17))))
    (local.set $z (f64.sub (local.get $hi)
      (f64.sub (f64.sub (f64.mul (local.get $x) (f64.add (local.get $s1) (local.get $s2))) (local.get $lo)) (local.get $x))))
    (select (f64.neg (local.get $z)) (local.get $z) (i32.lt_s (local.get $hx) (i32.const 0))))
  (func ${fn} (param $y f64) (param $x f64) (result f64)
    (local $z f64) (local $k i32) (local $m i32) (local $hx i32) (local $hy i32) (local $ix i32) (local $iy i32)
    (local $lx i32) (local $ly i32)
    (if (i32.or (f64.ne (local.get $x) (local.get $x)) (f64.ne (local.get $y) (local.get $y)))
      (then (return (f64.add (local.get $x) (local.get $y)))))
    (local.set $hx (call ${fn}__hi (local.get $x)))
    (local.set $lx (call ${fn}__lo (local.get $x)))
    (local.set $ix (i32.and (local.get $hx) (i32.const 0x7fffffff)))
    (local.set $hy (call ${fn}__hi (local.get $y)))
    (local.set $ly (call ${fn}__lo (local.get $y)))
    (local.set $iy (i32.and (local.get $hy) (i32.const 0x7fffffff)))
    ;; x = 1.0
    (if (i32.eqz (i32.or (i32.sub (local.get $hx) (i32.const 0x3ff00000)) (local.get $lx)))
      (then (return (call ${fn}__atan (local.get $y)))))
    ;; m = 2*sign(x) + sign(y)
    (local.set $m (i32.or (i32.and (i32.shr_s (local.get $hy) (i32.const 31)) (i32.const 1))
                          (i32.and (i32.shr_s (local.get $hx) (i32.const 30)) (i32.const 2))))
    ;; y = 0
    (if (i32.eqz (i32.or (local.get $iy) (local.get $ly)))
      (then
        (if (i32.lt_u (local.get $m) (i32.const 2)) (then (return (local.get $y))))
        (return (select (f64.const 3.1415926535897931160E+00) (f64.const -3.1415926535897931160E+00) (i32.eq (local.get $m) (i32.const 2))))))
    ;; x = 0
    (if (i32.eqz (i32.or (local.get $ix) (local.get $lx)))
      (then (return (select (f64.const -1.5707963267948965580E+00) (f64.const 1.5707963267948965580E+00) (i32.lt_s (local.get $hy) (i32.const 0))))))
    ;; x is inf
    (if (i32.eq (local.get $ix) (i32.const 0x7ff00000))
      (then
        (if (i32.eq (local.get $iy) (i32.const 0x7ff00000))
          (then
            (if (i32.eqz (local.get $m)) (then (return (f64.const 7.8539816339744827900E-01))))
            (if (i32.eq (local.get $m) (i32.const 1)) (then (return (f64.const -7.8539816339744827900E-01))))
            (if (i32.eq (local.get $m) (i32.const 2)) (then (return (f64.mul (f64.const 3.0) (f64.const 7.8539816339744827900E-01)))))
            (return (f64.mul (f64.const -3.0) (f64.const 7.8539816339744827900E-01)))))
        (if (i32.eqz (local.get $m)) (then (return (f64.const 0))))
        (if (i32.eq (local.get $m) (i32.const 1)) (then (return (f64.const -0.0))))
        (if (i32.eq (local.get $m) (i32.const 2)) (then (return (f64.const 3.1415926535897931160E+00))))
        (return (f64.const -3.1415926535897931160E+00))))
    ;; y is inf
    (if (i32.eq (local.get $iy) (i32.const 0x7ff00000))
      (then (return (select (f64.const -1.5707963267948965580E+00) (f64.const 1.5707963267948965580E+00) (i32.lt_s (local.get $hy) (i32.const 0))))))
    ;; y/x
    (local.set $k (i32.shr_s (i32.sub (local.get $iy) (local.get $ix)) (i32.const 20)))
    (if (i32.gt_s (local.get $k) (i32.const 60))
      (then
        ;; |y/x| > 2^60
        (local.set $z (f64.add (f64.const 1.5707963267948965580E+00) (f64.mul (f64.const 0.5) (f64.const 1.2246467991473531772E-16))))
        (local.set $m (i32.and (local.get $m) (i32.const 1))))
      (else
        (if (i32.and (i32.lt_s (local.get $hx) (i32.const 0)) (i32.lt_s (local.get $k) (i32.const -60)))
          (then (local.set $z (f64.const 0)))
          (else (local.set $z (call ${fn}__atan (f64.abs (f64.div (local.get $y) (local.get $x)))))))))
    (if (i32.eqz (local.get $m)) (then (return (local.get $z))))
    (if (i32.eq (local.get $m) (i32.const 1)) (then (return (f64.neg (local.get $z)))))
    (if (i32.eq (local.get $m) (i32.const 2))
      (then (return (f64.sub (f64.const 3.1415926535897931160E+00) (f64.sub (local.get $z) (f64.const 1.2246467991473531772E-16))))))
    (f64.sub (f64.sub (local.get $z) (f64.const 1.2246467991473531772E-16)) (f64.const 3.1415926535897931160E+00)))
)
