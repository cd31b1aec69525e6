;; hypot: a port of fdlibm e_hypot.c (FreeBSD msun / musl): sqrt(x*x + y*y) without undue overflow or
;; underflow, error < 1 ulp. Operands are scaled by 2^+-600 (or 2^1022) when huge or tiny and the sum of
;; squares is formed in extra precision by splitting into high and low parts.
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
  (func ${fn} (param $x f64) (param $y f64) (result f64)
    (local $a f64) (local $b f64) (local $t1 f64) (local $t2 f64) (local $y1 f64) (local $y2 f64) (local $w f64)
    (local $j i32) (local $k i32) (local $ha i32) (local $hb i32) (local $low i32)
    (local.set $ha (i32.and (call ${fn}__hi (local.get $x)) (i32.const 0x7fffffff)))
    (local.set $hb (i32.and (call ${fn}__hi (local.get $y)) (i32.const 0x7fffffff)))
    (if (i32.gt_s (local.get $hb) (local.get $ha))
      (then
        (local.set $a (local.get $y)) (local.set $b (local.get $x))
        (local.set $j (local.get $ha)) (local.set $ha (local.get $hb)) (local.set $hb (local.get $j)))
      (else (local.set $a (local.get $x)) (local.set $b (local.get $y))))
    (local.set $a (f64.abs (local.get $a)))
    (local.set $b (f64.abs (local.get $b)))
    ;; x/y > 2^60
    (if (i32.gt_s (i32.sub (local.get $ha) (local.get $hb)) (i32.const 0x3c00000))
      (then (return (f64.add (local.get $a) (local.get $b)))))
    (if (i32.gt_s (local.get $ha) (i32.const 0x5f300000))
      (then
        ;; a > 2^500
        (if (i32.ge_s (local.get $ha) (i32.const 0x7ff00000))
          (then
            ;; inf or NaN: inf wins over NaN
            (local.set $w (f64.sub (f64.abs (local.get $x)) (f64.abs (local.get $y))))
            (if (i32.eqz (i32.or (i32.and (local.get $ha) (i32.const 0xfffff)) (call ${fn}__lo (local.get $a))))
              (then (local.set $w (local.get $a))))
            (if (i32.eqz (i32.or (i32.xor (local.get $hb) (i32.const 0x7ff00000)) (call ${fn}__lo (local.get $b))))
              (then (local.set $w (local.get $b))))
            (return (local.get $w))))
        ;; scale a and b by 2^-600
        (local.set $ha (i32.sub (local.get $ha) (i32.const 0x25800000)))
        (local.set $hb (i32.sub (local.get $hb) (i32.const 0x25800000)))
        (local.set $k (i32.add (local.get $k) (i32.const 600)))
        (local.set $a (call ${fn}__words (local.get $ha) (call ${fn}__lo (local.get $a))))
        (local.set $b (call ${fn}__words (local.get $hb) (call ${fn}__lo (local.get $b))))))
    (if (i32.lt_s (local.get $hb) (i32.const 0x20b00000))
      (then
        ;; b < 2^-500
        (if (i32.le_s (local.get $hb) (i32.const 0x000fffff))
          (then
            ;; subnormal b or 0
            (if (i32.eqz (i32.or (local.get $hb) (call ${fn}__lo (local.get $b)))) (then (return (local.get $a))))
            (local.set $b (f64.mul (local.get $b) (f64.const 0x1p1022)))
            (local.set $a (f64.mul (local.get $a) (f64.const 0x1p1022)))
            (local.set $k (i32.sub (local.get $k) (i32.const 1022))))
          (else
            ;; scale a and b by 2^600
            (local.set $ha (i32.add (local.get $ha) (i32.const 0x25800000)))
            (local.set $hb (i32.add (local.get $hb) (i32.const 0x25800000)))
            (local.set $k (i32.sub (local.get $k) (i32.const 600)))
            (local.set $a (call ${fn}__words (local.get $ha) (call ${fn}__lo (local.get $a))))
            (local.set $b (call ${fn}__words (local.get $hb) (call ${fn}__lo (local.get $b))))))))
    ;; medium size a and b
    (local.set $w (f64.sub (local.get $a) (local.get $b)))
    (if (f64.gt (local.get $w) (local.get $b))
      (then
        (local.set $t1 (call ${fn}__words (local.get $ha) (i32.const 0)))
        (local.set $t2 (f64.sub (local.get $a) (local.get $t1)))
        (local.set $w (f64.sqrt (f64.sub (f64.mul (local.get $t1) (local.get $t1))
          (f64.sub (f64.mul (local.get $b) (f64.neg (local.get $b))) (f64.mul (local.get $t2) (f64.add (local.get $a) (local.get $t1))))))))
      (else
        (local.set $a (f64.add (local.get $a) (local.get $a)))
        (local.set $y1 (call ${fn}__words (local.get $hb) (i32.const 0)))
        (local.set $y2 (f64.sub (local.get $b) (local.get $y1)))
        (local.set $t1 (call ${fn}__words (i32.add (local.get $ha) (i32.const 0x00100000)) (i32.const 0)))
        (local.set $t2 (f64.sub (local.get $a) (local.get $t1)))
        (local.set $w (f64.sqrt (f64.sub (f64.mul (local.get $t1) (local.get $y1))
          (f64.sub (f64.mul (local.get $w) (f64.neg (local.get $w)))
                   (f64.add (f64.mul (local.get $t1) (local.get $y2)) (f64.mul (local.get $t2) (local.get $b)))))))))
    (if (local.get $k)
      (then (return (f64.mul
        (call ${fn}__words (i32.add (i32.const 0x3ff00000) (i32.shl (local.get $k) (i32.const 20))) (i32.const 0))
        (local.get $w)))))
    (local.get $w))
)
