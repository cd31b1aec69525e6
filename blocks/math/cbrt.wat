;; cbrt: a port of fdlibm s_cbrt.c (Sun, 1993), error < 0.667 ulp. A 5-bit estimate from the exponent
;; bits, a rational step to 23 bits, then one Newton step to 53 bits; the sign is restored at the end.
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
  (func ${fn} (param $x f64) (result f64)
    (local $r f64) (local $s f64) (local $t f64) (local $w f64)
    (local $hx i32) (local $sign i32) (local $high i32)
    (local.set $hx (call ${fn}__hi (local.get $x)))
    (local.set $sign (i32.and (local.get $hx) (i32.const 0x80000000)))
    (local.set $hx (i32.xor (local.get $hx) (local.get $sign)))
    ;; cbrt(NaN, inf) is itself; cbrt(+-0) is itself
    (if (i32.ge_u (local.get $hx) (i32.const 0x7ff00000)) (then (return (f64.add (local.get $x) (local.get $x)))))
    (if (i32.eqz (i32.or (local.get $hx) (call ${fn}__lo (local.get $x)))) (then (return (local.get $x))))
    (local.set $x (f64.abs (local.get $x)))
    ;; rough cbrt to 5 bits
    (if (i32.lt_u (local.get $hx) (i32.const 0x00100000))
      (then
        (local.set $t (f64.mul (f64.const 0x1p54) (local.get $x)))
        (local.set $high (call ${fn}__hi (local.get $t)))
        (local.set $t (call ${fn}__words (i32.add (i32.div_u (local.get $high) (i32.const 3)) (i32.const 696219795))
                                          (call ${fn}__lo (local.get $t)))))
      (else
        (local.set $t (call ${fn}__words (i32.add (i32.div_u (local.get $hx) (i32.const 3)) (i32.const 715094163)) (i32.const 0)))))
    ;; new cbrt to 23 bits
    (local.set $r (f64.div (f64.mul (local.get $t) (local.get $t)) (local.get $x)))
    (local.set $s (f64.add (f64.const 5.42857142857142815906e-01) (f64.mul (local.get $r) (local.get $t))))
    (local.set $t (f64.mul (local.get $t)
      (f64.add (f64.const 3.57142857142857150787e-01)
        (f64.div (f64.const 1.60714285714285720630e+00)
          (f64.add (f64.add (local.get $s) (f64.const 1.41428571428571436819e+00))
                   (f64.div (f64.const -7.05306122448979611050e-01) (local.get $s)))))))
    ;; chopped to 20 bits and made larger than cbrt(x)
    (local.set $t (call ${fn}__words (i32.add (call ${fn}__hi (local.get $t)) (i32.const 1)) (i32.const 0)))
    ;; one Newton step to 53 bits
    (local.set $s (f64.mul (local.get $t) (local.get $t)))
    (local.set $r (f64.div (local.get $x) (local.get $s)))
    (local.set $w (f64.add (local.get $t) (local.get $t)))
    (local.set $r (f64.div (f64.sub (local.get $r) (local.get $t)) (f64.add (local.get $w) (local.get $r))))
    (local.set $t (f64.add (local.get $t) (f64.mul (local.get $t) (local.get $r))))
    (call ${fn}__words (i32.or (call ${fn}__hi (local.get $t)) (local.get $sign)) (call ${fn}__lo (local.get $t))))
)
