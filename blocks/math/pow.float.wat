;; pow over float: a port of fdlibm's e_pow.c (FreeBSD msun / musl), error < 1 ulp and exact for
;; representable integer powers. log2(|x|) is computed in extra precision (t1 + t2), multiplied
;; by y as y1*t1 + ((y - y1)*t1 + y*t2), and 2^(that) is evaluated with a rational approximation.
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
  ;; x * 2^n without double rounding (musl scalbn)
  (func ${fn}__scalbn (param $x f64) (param $n i32) (result f64)
    (if (i32.gt_s (local.get $n) (i32.const 1023))
      (then
        (local.set $x (f64.mul (local.get $x) (f64.const 0x1p1023)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1023)))
        (if (i32.gt_s (local.get $n) (i32.const 1023))
          (then
            (local.set $x (f64.mul (local.get $x) (f64.const 0x1p1023)))
            (local.set $n (i32.sub (local.get $n) (i32.const 1023)))
            (if (i32.gt_s (local.get $n) (i32.const 1023)) (then (local.set $n (i32.const 1023))))))))
    (if (i32.lt_s (local.get $n) (i32.const -1022))
      (then
        (local.set $x (f64.mul (local.get $x) (f64.const 0x1p-969)))
        (local.set $n (i32.add (local.get $n) (i32.const 969)))
        (if (i32.lt_s (local.get $n) (i32.const -1022))
          (then
            (local.set $x (f64.mul (local.get $x) (f64.const 0x1p-969)))
            (local.set $n (i32.add (local.get $n) (i32.const 969)))
            (if (i32.lt_s (local.get $n) (i32.const -1022)) (then (local.set $n (i32.const -1022))))))))
    (f64.mul (local.get $x)
      (f64.reinterpret_i64 (i64.shl (i64.extend_i32_u (i32.add (i32.const 0x3ff) (local.get $n))) (i64.const 52)))))

  (func ${fn} (param $x f64) (param $y f64) (result f64)
    (local $z f64) (local $ax f64) (local $z_h f64) (local $z_l f64) (local $p_h f64) (local $p_l f64)
    (local $y1 f64) (local $t1 f64) (local $t2 f64) (local $r f64) (local $s f64) (local $t f64)
    (local $u f64) (local $v f64) (local $w f64) (local $ss f64) (local $s2 f64) (local $s_h f64)
    (local $s_l f64) (local $t_h f64) (local $t_l f64) (local $bp f64)
    (local $i i32) (local $j i32) (local $k i32) (local $yisint i32) (local $n i32)
    (local $hx i32) (local $hy i32) (local $ix i32) (local $iy i32) (local $lx i32) (local $ly i32)
    (local.set $hx (call ${fn}__hi (local.get $x)))
    (local.set $lx (call ${fn}__lo (local.get $x)))
    (local.set $hy (call ${fn}__hi (local.get $y)))
    (local.set $ly (call ${fn}__lo (local.get $y)))
    (local.set $ix (i32.and (local.get $hx) (i32.const 0x7fffffff)))
    (local.set $iy (i32.and (local.get $hy) (i32.const 0x7fffffff)))

    ;; x**0 = 1, 1**y = 1 (even for NaN)
    (if (i32.eqz (i32.or (local.get $iy) (local.get $ly))) (then (return (f64.const 1))))
    (if (i32.and (i32.eq (local.get $hx) (i32.const 0x3ff00000)) (i32.eqz (local.get $lx))) (then (return (f64.const 1))))
    ;; NaN in, NaN out
    (if (i32.or
          (i32.or (i32.gt_s (local.get $ix) (i32.const 0x7ff00000))
                  (i32.and (i32.eq (local.get $ix) (i32.const 0x7ff00000)) (i32.ne (local.get $lx) (i32.const 0))))
          (i32.or (i32.gt_s (local.get $iy) (i32.const 0x7ff00000))
                  (i32.and (i32.eq (local.get $iy) (i32.const 0x7ff00000)) (i32.ne (local.get $ly) (i32.const 0)))))
      (then (return (f64.add (local.get $x) (local.get $y)))))

    ;; yisint: 0 not an integer, 1 odd, 2 even (only needed when x < 0)
    (if (i32.lt_s (local.get $hx) (i32.const 0))
      (then
        (if (i32.ge_s (local.get $iy) (i32.const 0x43400000))
          (then (local.set $yisint (i32.const 2)))
          (else
            (if (i32.ge_s (local.get $iy) (i32.const 0x3ff00000))
              (then
                (local.set $k (i32.sub (i32.shr_s (local.get $iy) (i32.const 20)) (i32.const 0x3ff)))
                (if (i32.gt_s (local.get $k) (i32.const 20))
                  (then
                    (local.set $j (i32.shr_u (local.get $ly) (i32.sub (i32.const 52) (local.get $k))))
                    (if (i32.eq (i32.shl (local.get $j) (i32.sub (i32.const 52) (local.get $k))) (local.get $ly))
                      (then (local.set $yisint (i32.sub (i32.const 2) (i32.and (local.get $j) (i32.const 1)))))))
                  (else
                    (if (i32.eqz (local.get $ly))
                      (then
                        (local.set $j (i32.shr_s (local.get $iy) (i32.sub (i32.const 20) (local.get $k))))
                        (if (i32.eq (i32.shl (local.get $j) (i32.sub (i32.const 20) (local.get $k))) (local.get $iy))
                          (then (local.set $yisint (i32.sub (i32.const 2) (i32.and (local.get $j) (i32.const 1))))))))))))))))

    ;; special values of y
    (if (i32.eqz (local.get $ly))
      (then
        (if (i32.eq (local.get $iy) (i32.const 0x7ff00000))
          (then
            (if (i32.eqz (i32.or (i32.sub (local.get $ix) (i32.const 0x3ff00000)) (local.get $lx)))
              (then (return (f64.const 1))))
            (if (i32.ge_s (local.get $ix) (i32.const 0x3ff00000))
              (then (return (select (local.get $y) (f64.const 0) (i32.ge_s (local.get $hy) (i32.const 0))))))
            (return (select (f64.neg (local.get $y)) (f64.const 0) (i32.lt_s (local.get $hy) (i32.const 0))))))
        (if (i32.eq (local.get $iy) (i32.const 0x3ff00000))
          (then
            (if (i32.lt_s (local.get $hy) (i32.const 0)) (then (return (f64.div (f64.const 1) (local.get $x)))))
            (return (local.get $x))))
        (if (i32.eq (local.get $hy) (i32.const 0x40000000))
          (then (return (f64.mul (local.get $x) (local.get $x)))))
        (if (i32.eq (local.get $hy) (i32.const 0x3fe00000))
          (then (if (i32.ge_s (local.get $hx) (i32.const 0)) (then (return (f64.sqrt (local.get $x)))))))))

    (local.set $ax (f64.abs (local.get $x)))
    ;; special values of x: +-0, +-inf, +-1
    (if (i32.eqz (local.get $lx))
      (then
        (if (i32.or (i32.or (i32.eq (local.get $ix) (i32.const 0x7ff00000)) (i32.eqz (local.get $ix)))
                    (i32.eq (local.get $ix) (i32.const 0x3ff00000)))
          (then
            (local.set $z (local.get $ax))
            (if (i32.lt_s (local.get $hy) (i32.const 0)) (then (local.set $z (f64.div (f64.const 1) (local.get $z)))))
            (if (i32.lt_s (local.get $hx) (i32.const 0))
              (then
                (if (i32.eqz (i32.or (i32.sub (local.get $ix) (i32.const 0x3ff00000)) (local.get $yisint)))
                  (then (local.set $z (f64.const nan)))
                  (else (if (i32.eq (local.get $yisint) (i32.const 1)) (then (local.set $z (f64.neg (local.get $z)))))))))
            (return (local.get $z))))))

    ;; n = 0 when x < 0, -1 otherwise
    (local.set $n (i32.sub (i32.shr_u (local.get $hx) (i32.const 31)) (i32.const 1)))
    ;; (x<0)**(non-int) is NaN
    (if (i32.eqz (i32.or (local.get $n) (local.get $yisint))) (then (return (f64.const nan))))
    (local.set $s (f64.const 1))
    (if (i32.eqz (i32.or (local.get $n) (i32.sub (local.get $yisint) (i32.const 1)))) (then (local.set $s (f64.const -1))))

    (if (i32.gt_s (local.get $iy) (i32.const 0x41e00000))
      (then
        ;; |y| > 2^31
        (if (i32.gt_s (local.get $iy) (i32.const 0x43f00000))
          (then
            (if (i32.le_s (local.get $ix) (i32.const 0x3fefffff))
              (then (return (select (f64.const inf) (f64.const 0) (i32.lt_s (local.get $hy) (i32.const 0))))))
            (if (i32.ge_s (local.get $ix) (i32.const 0x3ff00000))
              (then (return (select (f64.const inf) (f64.const 0) (i32.gt_s (local.get $hy) (i32.const 0))))))))
        (if (i32.lt_s (local.get $ix) (i32.const 0x3fefffff))
          (then (return (f64.mul (local.get $s) (select (f64.const inf) (f64.const 0) (i32.lt_s (local.get $hy) (i32.const 0)))))))
        (if (i32.gt_s (local.get $ix) (i32.const 0x3ff00000))
          (then (return (f64.mul (local.get $s) (select (f64.const inf) (f64.const 0) (i32.gt_s (local.get $hy) (i32.const 0)))))))
        ;; |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
        (local.set $t (f64.sub (local.get $ax) (f64.const 1)))
        (local.set $w (f64.mul (f64.mul (local.get $t) (local.get $t))
          (f64.sub (f64.const 0.5) (f64.mul (local.get $t) (f64.sub (f64.const 0.3333333333333333333333) (f64.mul (local.get $t) (f64.const 0.25)))))))
        (local.set $u (f64.mul (f64.const 1.44269502162933349609e+00) (local.get $t)))
        (local.set $v (f64.sub (f64.mul (local.get $t) (f64.const 1.92596299112661746887e-08))
                               (f64.mul (local.get $w) (f64.const 1.44269504088896338700e+00))))
        (local.set $t1 (call ${fn}__clrlo (f64.add (local.get $u) (local.get $v))))
        (local.set $t2 (f64.sub (local.get $v) (f64.sub (local.get $t1) (local.get $u)))))
      (else
        (local.set $n (i32.const 0))
        ;; subnormal x
        (if (i32.lt_s (local.get $ix) (i32.const 0x00100000))
          (then
            (local.set $ax (f64.mul (local.get $ax) (f64.const 9007199254740992.0)))
            (local.set $n (i32.sub (local.get $n) (i32.const 53)))
            (local.set $ix (call ${fn}__hi (local.get $ax)))))
        (local.set $n (i32.add (local.get $n) (i32.sub (i32.shr_s (local.get $ix) (i32.const 20)) (i32.const 0x3ff))))
        (local.set $j (i32.and (local.get $ix) (i32.const 0x000fffff)))
        (local.set $ix (i32.or (local.get $j) (i32.const 0x3ff00000)))
        (if (i32.le_s (local.get $j) (i32.const 0x3988E))
          (then (local.set $k (i32.const 0)))
          (else
            (if (i32.lt_s (local.get $j) (i32.const 0xBB67A))
              (then (local.set $k (i32.const 1)))
              (else
                (local.set $k (i32.const 0))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (local.set $ix (i32.sub (local.get $ix) (i32.const 0x00100000)))))))
        (local.set $ax (call ${fn}__words (local.get $ix) (call ${fn}__lo (local.get $ax))))
        (local.set $bp (select (f64.const 1.5) (f64.const 1.0) (local.get $k)))
        ;; ss = s_h + s_l = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5)
        (local.set $u (f64.sub (local.get $ax) (local.get $bp)))
        (local.set $v (f64.div (f64.const 1) (f64.add (local.get $ax) (local.get $bp))))
        (local.set $ss (f64.mul (local.get $u) (local.get $v)))
        (local.set $s_h (call ${fn}__clrlo (local.get $ss)))
        ;; t_h = ax + bp[k], high part
        (local.set $t_h (call ${fn}__words
          (i32.add (i32.add (i32.or (i32.shr_s (local.get $ix) (i32.const 1)) (i32.const 0x20000000)) (i32.const 0x00080000))
                   (i32.shl (local.get $k) (i32.const 18)))
          (i32.const 0)))
        (local.set $t_l (f64.sub (local.get $ax) (f64.sub (local.get $t_h) (local.get $bp))))
        (local.set $s_l (f64.mul (local.get $v)
          (f64.sub (f64.sub (local.get $u) (f64.mul (local.get $s_h) (local.get $t_h))) (f64.mul (local.get $s_h) (local.get $t_l)))))
        ;; log(ax)
        (local.set $s2 (f64.mul (local.get $ss) (local.get $ss)))
        (local.set $r (f64.mul (f64.mul (local.get $s2) (local.get $s2))
          (f64.add (f64.const 5.99999999999994648725e-01) (f64.mul (local.get $s2)
          (f64.add (f64.const 4.28571428578550184252e-01) (f64.mul (local.get $s2)
          (f64.add (f64.const 3.33333329818377432918e-01) (f64.mul (local.get $s2)
          (f64.add (f64.const 2.72728123808534006489e-01) (f64.mul (local.get $s2)
          (f64.add (f64.const 2.30660745775561754067e-01) (f64.mul (local.get $s2) (f64.const 2.06975017800338417784e-01)))))))))))))
        (local.set $r (f64.add (local.get $r) (f64.mul (local.get $s_l) (f64.add (local.get $s_h) (local.get $ss)))))
        (local.set $s2 (f64.mul (local.get $s_h) (local.get $s_h)))
        (local.set $t_h (call ${fn}__clrlo (f64.add (f64.add (f64.const 3.0) (local.get $s2)) (local.get $r))))
        (local.set $t_l (f64.sub (local.get $r) (f64.sub (f64.sub (local.get $t_h) (f64.const 3.0)) (local.get $s2))))
        ;; u + v = ss*(1 + ...)
        (local.set $u (f64.mul (local.get $s_h) (local.get $t_h)))
        (local.set $v (f64.add (f64.mul (local.get $s_l) (local.get $t_h)) (f64.mul (local.get $t_l) (local.get $ss))))
        ;; 2/(3 log2)*(ss + ...)
        (local.set $p_h (call ${fn}__clrlo (f64.add (local.get $u) (local.get $v))))
        (local.set $p_l (f64.sub (local.get $v) (f64.sub (local.get $p_h) (local.get $u))))
        (local.set $z_h (f64.mul (f64.const 9.61796700954437255859e-01) (local.get $p_h)))
        (local.set $z_l (f64.add
          (f64.add (f64.mul (f64.const -7.02846165095275826516e-09) (local.get $p_h))
                   (f64.mul (local.get $p_l) (f64.const 9.61796693925975554329e-01)))
          (select (f64.const 1.35003920212974897128e-08) (f64.const 0) (local.get $k))))
        ;; log2(ax) = (ss + ..)*2/(3 log2) = n + dp_h + z_h + z_l
        (local.set $t (f64.convert_i32_s (local.get $n)))
        (local.set $bp (select (f64.const 5.84962487220764160156e-01) (f64.const 0) (local.get $k)))
        (local.set $t1 (call ${fn}__clrlo (f64.add (f64.add (f64.add (local.get $z_h) (local.get $z_l)) (local.get $bp)) (local.get $t))))
        (local.set $t2 (f64.sub (local.get $z_l)
          (f64.sub (f64.sub (f64.sub (local.get $t1) (local.get $t)) (local.get $bp)) (local.get $z_h))))))

    ;; split y into y1 + y2 and compute (y1 + y2)*(t1 + t2)
    (local.set $y1 (call ${fn}__clrlo (local.get $y)))
    (local.set $p_l (f64.add (f64.mul (f64.sub (local.get $y) (local.get $y1)) (local.get $t1)) (f64.mul (local.get $y) (local.get $t2))))
    (local.set $p_h (f64.mul (local.get $y1) (local.get $t1)))
    (local.set $z (f64.add (local.get $p_l) (local.get $p_h)))
    (local.set $j (call ${fn}__hi (local.get $z)))
    (local.set $i (call ${fn}__lo (local.get $z)))
    (if (i32.ge_s (local.get $j) (i32.const 0x40900000))
      (then
        ;; z >= 1024
        (if (i32.ne (i32.or (i32.sub (local.get $j) (i32.const 0x40900000)) (local.get $i)) (i32.const 0))
          (then (return (f64.mul (local.get $s) (f64.const inf)))))
        (if (f64.gt (f64.add (local.get $p_l) (f64.const 8.0085662595372944372e-017)) (f64.sub (local.get $z) (local.get $p_h)))
          (then (return (f64.mul (local.get $s) (f64.const inf))))))
      (else
        (if (i32.ge_s (i32.and (local.get $j) (i32.const 0x7fffffff)) (i32.const 0x4090cc00))
          (then
            ;; z <= -1075
            (if (i32.ne (i32.or (i32.sub (local.get $j) (i32.const 0xc090cc00)) (local.get $i)) (i32.const 0))
              (then (return (f64.mul (local.get $s) (f64.const 0)))))
            (if (f64.le (local.get $p_l) (f64.sub (local.get $z) (local.get $p_h)))
              (then (return (f64.mul (local.get $s) (f64.const 0)))))))))

    ;; 2**(p_h + p_l)
    (local.set $i (i32.and (local.get $j) (i32.const 0x7fffffff)))
    (local.set $k (i32.sub (i32.shr_s (local.get $i) (i32.const 20)) (i32.const 0x3ff)))
    (local.set $n (i32.const 0))
    (if (i32.gt_s (local.get $i) (i32.const 0x3fe00000))
      (then
        ;; |z| > 0.5: n = [z + 0.5]
        (local.set $n (i32.add (local.get $j) (i32.shr_s (i32.const 0x00100000) (i32.add (local.get $k) (i32.const 1)))))
        (local.set $k (i32.sub (i32.shr_s (i32.and (local.get $n) (i32.const 0x7fffffff)) (i32.const 20)) (i32.const 0x3ff)))
        (local.set $t (call ${fn}__words
          (i32.and (local.get $n) (i32.xor (i32.shr_s (i32.const 0x000fffff) (local.get $k)) (i32.const -1)))
          (i32.const 0)))
        (local.set $n (i32.shr_s (i32.or (i32.and (local.get $n) (i32.const 0x000fffff)) (i32.const 0x00100000))
                                 (i32.sub (i32.const 20) (local.get $k))))
        (if (i32.lt_s (local.get $j) (i32.const 0)) (then (local.set $n (i32.sub (i32.const 0) (local.get $n)))))
        (local.set $p_h (f64.sub (local.get $p_h) (local.get $t)))))
    (local.set $t (call ${fn}__clrlo (f64.add (local.get $p_l) (local.get $p_h))))
    (local.set $u (f64.mul (local.get $t) (f64.const 6.93147182464599609375e-01)))
    (local.set $v (f64.add
      (f64.mul (f64.sub (local.get $p_l) (f64.sub (local.get $t) (local.get $p_h))) (f64.const 6.93147180559945286227e-01))
      (f64.mul (local.get $t) (f64.const -1.90465429995776804525e-09))))
    (local.set $z (f64.add (local.get $u) (local.get $v)))
    (local.set $w (f64.sub (local.get $v) (f64.sub (local.get $z) (local.get $u))))
    (local.set $t (f64.mul (local.get $z) (local.get $z)))
    (local.set $t1 (f64.sub (local.get $z) (f64.mul (local.get $t)
      (f64.add (f64.const 1.66666666666666019037e-01) (f64.mul (local.get $t)
      (f64.add (f64.const -2.77777777770155933842e-03) (f64.mul (local.get $t)
      (f64.add (f64.const 6.61375632143793436117e-05) (f64.mul (local.get $t)
      (f64.add (f64.const -1.65339022054652515390e-06) (f64.mul (local.get $t) (f64.const 4.13813679705723846039e-08))))))))))))
    (local.set $r (f64.sub
      (f64.div (f64.mul (local.get $z) (local.get $t1)) (f64.sub (local.get $t1) (f64.const 2.0)))
      (f64.add (local.get $w) (f64.mul (local.get $z) (local.get $w)))))
    (local.set $z (f64.sub (f64.const 1.0) (f64.sub (local.get $r) (local.get $z))))
    (local.set $j (i32.add (call ${fn}__hi (local.get $z)) (i32.shl (local.get $n) (i32.const 20))))
    (if (i32.le_s (i32.shr_s (local.get $j) (i32.const 20)) (i32.const 0))
      (then (local.set $z (call ${fn}__scalbn (local.get $z) (local.get $n))))
      (else (local.set $z (call ${fn}__words (local.get $j) (call ${fn}__lo (local.get $z))))))
    (f64.mul (local.get $s) (local.get $z))))
