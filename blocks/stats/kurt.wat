;; kurt: the excess population (biased) kurtosis m4 / m2^2 - 3 with central moments
;; mk = sum((x - mean)^k) / n, each sum compensated; NaN when every element is equal (0 / 0).
(module
  (import "blocks" "mean_{T}" (func $mean_{T} (param i32) (result f64)))
  (func ${fn} (param $xs i32) (result f64)
    (local $n i32) (local $i i32) (local $m f64) (local $d f64) (local $d2 f64) (local $d3 f64) (local $d4 f64)
    (local $s2 f64) (local $c2 f64) (local $sk f64) (local $ck f64) (local $t f64) (local $m2 f64) (local $mk f64) (local $r f64)
    (local.set $m (call $mean_{T} (local.get $xs)))
    (local.set $n (i32.load (local.get $xs)))
    (loop $next
      (local.set $d (f64.sub (call ${fn}__at_{T} (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $i) (i32.const 3)))) (local.get $m)))
      (local.set $d2 (f64.mul (local.get $d) (local.get $d)))
      (local.set $d4 (f64.mul (local.get $d2) (local.get $d2)))
      (local.set $t (f64.add (local.get $s2) (local.get $d2)))
      (if (f64.ge (f64.abs (local.get $s2)) (f64.abs (local.get $d2)))
        (then (local.set $c2 (f64.add (local.get $c2) (f64.add (f64.sub (local.get $s2) (local.get $t)) (local.get $d2)))))
        (else (local.set $c2 (f64.add (local.get $c2) (f64.add (f64.sub (local.get $d2) (local.get $t)) (local.get $s2))))))
      (local.set $s2 (local.get $t))
      (local.set $t (f64.add (local.get $sk) (local.get $d4)))
      (if (f64.ge (f64.abs (local.get $sk)) (f64.abs (local.get $d4)))
        (then (local.set $ck (f64.add (local.get $ck) (f64.add (f64.sub (local.get $sk) (local.get $t)) (local.get $d4)))))
        (else (local.set $ck (f64.add (local.get $ck) (f64.add (f64.sub (local.get $d4) (local.get $t)) (local.get $sk))))))
      (local.set $sk (local.get $t))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.set $m2 (f64.div (if (result f64) (f64.eq (f64.sub (local.get $s2) (local.get $s2)) (f64.const 0)) (then (f64.add (local.get $s2) (local.get $c2))) (else (local.get $s2))) (f64.convert_i32_u (local.get $n))))
    (local.set $mk (f64.div (if (result f64) (f64.eq (f64.sub (local.get $sk) (local.get $sk)) (f64.const 0)) (then (f64.add (local.get $sk) (local.get $ck))) (else (local.get $sk))) (f64.convert_i32_u (local.get $n))))
    (f64.sub (f64.div (local.get $mk) (f64.mul (local.get $m2) (local.get $m2))) (f64.const 3)))

  ;; the element at p as a float
  (func ${fn}__at_int (param $p i32) (result f64) (f64.convert_i64_s (i64.load (local.get $p))))
  (func ${fn}__at_float (param $p i32) (result f64) (f64.load (local.get $p)))
)
