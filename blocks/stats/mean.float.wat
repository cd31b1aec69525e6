;; mean of [float]: Neumaier-compensated sum / n, then one correction pass m + sum(x - m) / n
;; (exact for constant arrays); a sum that overflows although every element is finite is redone
;; with the elements scaled by 2^-32.
(module
  (func ${fn} (param $xs i32) (result f64)
    (local $n i32) (local $p i32) (local $end i32) (local $x f64) (local $s f64) (local $c f64)
    (local $t f64) (local $m f64) (local $d f64) (local $fin i32)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $fin (i32.const 1))
    (loop $next
      (local.set $x (f64.load (local.get $p)))
      (local.set $t (f64.add (local.get $s) (local.get $x)))
      (if (f64.ge (f64.abs (local.get $s)) (f64.abs (local.get $x)))
        (then (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $s) (local.get $t)) (local.get $x)))))
        (else (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $x) (local.get $t)) (local.get $s))))))
      (local.set $s (local.get $t))
      ;; x - x is 0 exactly for finite x, NaN otherwise
      (local.set $fin (i32.and (local.get $fin) (f64.eq (f64.sub (local.get $x) (local.get $x)) (f64.const 0))))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $next (i32.lt_u (local.get $p) (local.get $end))))
    (if (f64.eq (f64.sub (local.get $s) (local.get $s)) (f64.const 0))
      (then
        (local.set $m (f64.div (f64.add (local.get $s) (local.get $c)) (f64.convert_i32_u (local.get $n))))
        (local.set $p (i32.add (local.get $xs) (i32.const 8)))
        (loop $corr
          (local.set $d (f64.add (local.get $d) (f64.sub (f64.load (local.get $p)) (local.get $m))))
          (local.set $p (i32.add (local.get $p) (i32.const 8)))
          (br_if $corr (i32.lt_u (local.get $p) (local.get $end))))
        (if (f64.eq (f64.sub (local.get $d) (local.get $d)) (f64.const 0))
          (then (return (f64.add (local.get $m) (f64.div (local.get $d) (f64.convert_i32_u (local.get $n)))))))
        (return (local.get $m))))
    (if (i32.eqz (local.get $fin))
      (then (return (f64.div (local.get $s) (f64.convert_i32_u (local.get $n))))))
    ;; overflow of finite elements: sum them scaled by 2^-32
    (local.set $s (f64.const 0))
    (local.set $c (f64.const 0))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (loop $again
      (local.set $x (f64.mul (f64.load (local.get $p)) (f64.const 0x1p-32)))
      (local.set $t (f64.add (local.get $s) (local.get $x)))
      (if (f64.ge (f64.abs (local.get $s)) (f64.abs (local.get $x)))
        (then (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $s) (local.get $t)) (local.get $x)))))
        (else (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $x) (local.get $t)) (local.get $s))))))
      (local.set $s (local.get $t))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $again (i32.lt_u (local.get $p) (local.get $end))))
    (f64.mul (f64.div (f64.add (local.get $s) (local.get $c)) (f64.convert_i32_u (local.get $n))) (f64.const 0x1p32)))
)
