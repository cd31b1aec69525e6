;; exp: a port of fdlibm e_exp.c (FreeBSD msun / musl), error < 1 ulp. x = k*ln2 + r with
;; |r| <= ln2/2 (r kept as hi - lo), exp(r) from a degree-5 rational approximation, then scaled by 2^k.
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
  (func ${fn} (param $x f64) (result f64)
    (local $hi f64) (local $lo f64) (local $c f64) (local $xx f64) (local $y f64)
    (local $k i32) (local $sign i32) (local $hx i32)
    (local.set $hx (call ${fn}__hi (local.get $x)))
    (local.set $sign (i32.shr_u (local.get $hx) (i32.const 31)))
    (local.set $hx (i32.and (local.get $hx) (i32.const 0x7fffffff)))
    ;; special cases: |x| >= 708.39...
    (if (i32.ge_u (local.get $hx) (i32.const 0x4086232b))
      (then
        (if (f64.ne (local.get $x) (local.get $x)) (then (return (local.get $x))))
        (if (f64.gt (local.get $x) (f64.const 709.782712893383973096))
          (then (return (f64.mul (local.get $x) (f64.const 0x1p1023)))))
        (if (f64.lt (local.get $x) (f64.const -745.13321910194110842))
          (then (return (f64.const 0))))))
    ;; argument reduction: x = k ln2 + r, |r| <= 0.5 ln2, r = hi - lo
    (if (i32.gt_u (local.get $hx) (i32.const 0x3fd62e42))
      (then
        ;; exp(1) is e, correctly rounded (as in FreeBSD's e_exp.c)
        (if (f64.eq (local.get $x) (f64.const 1)) (then (return (f64.const 2.718281828459045235360))))
        (if (i32.ge_u (local.get $hx) (i32.const 0x3ff0a2b2))
          (then (local.set $k (i32.trunc_f64_s (f64.add (f64.mul (f64.const 1.44269504088896338700e+00) (local.get $x))
                                                          (select (f64.const -0.5) (f64.const 0.5) (local.get $sign))))))
          (else (local.set $k (i32.sub (i32.sub (i32.const 1) (local.get $sign)) (local.get $sign)))))
        (local.set $hi (f64.sub (local.get $x) (f64.mul (f64.convert_i32_s (local.get $k)) (f64.const 6.93147180369123816490e-01))))
        (local.set $lo (f64.mul (f64.convert_i32_s (local.get $k)) (f64.const 1.90821492927058770002e-10)))
        (local.set $x (f64.sub (local.get $hi) (local.get $lo))))
      (else
        (if (i32.gt_u (local.get $hx) (i32.const 0x3e300000))
          (then (local.set $hi (local.get $x)))
          (else (return (f64.add (f64.const 1) (local.get $x)))))))
    ;; x is now in the primary range
    (local.set $xx (f64.mul (local.get $x) (local.get $x)))
    (local.set $c (f64.sub (local.get $x) (f64.mul (local.get $xx)
      (f64.add (f64.const 1.66666666666666019037e-01) (f64.mul (local.get $xx)
      (f64.add (f64.const -2.77777777770155933842e-03) (f64.mul (local.get $xx)
      (f64.add (f64.const 6.61375632143793436117e-05) (f64.mul (local.get $xx)
      (f64.add (f64.const -1.65339022054652515390e-06) (f64.mul (local.get $xx) (f64.const 4.13813679705723846039e-08))))))))))))
    (local.set $y (f64.add (f64.const 1)
      (f64.add (f64.sub (f64.div (f64.mul (local.get $x) (local.get $c)) (f64.sub (f64.const 2) (local.get $c))) (local.get $lo))
               (local.get $hi))))
    (if (i32.eqz (local.get $k)) (then (return (local.get $y))))
    (call ${fn}__scalbn (local.get $y) (local.get $k)))
)
