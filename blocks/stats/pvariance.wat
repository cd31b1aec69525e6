;; population variance: compensated sum of (x - mean)^2 over n; the mean comes from the mean block.
(module
  (import "blocks" "mean_{T}" (func $mean_{T} (param i32) (result f64)))
  (func ${fn} (param $xs i32) (result f64)
    (local $n i32)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (f64.div (call ${fn}__ss (local.get $xs) (call $mean_{T} (local.get $xs))) (f64.convert_i32_u (local.get $n))))

  ;; Neumaier-compensated sum of squared deviations from m (n >= 1).
  (func ${fn}__ss (param $xs i32) (param $m f64) (result f64)
    (local $p i32) (local $end i32) (local $x f64) (local $s f64) (local $c f64) (local $t f64)
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const 3))))
    (loop $next
      (local.set $x (f64.sub (call ${fn}__at_{T} (local.get $p)) (local.get $m)))
      (local.set $x (f64.mul (local.get $x) (local.get $x)))
      (local.set $t (f64.add (local.get $s) (local.get $x)))
      (if (f64.ge (f64.abs (local.get $s)) (f64.abs (local.get $x)))
        (then (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $s) (local.get $t)) (local.get $x)))))
        (else (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $x) (local.get $t)) (local.get $s))))))
      (local.set $s (local.get $t))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $next (i32.lt_u (local.get $p) (local.get $end))))
    (if (result f64) (f64.eq (f64.sub (local.get $s) (local.get $s)) (f64.const 0))
      (then (f64.add (local.get $s) (local.get $c)))
      (else (local.get $s))))

  ;; the element at p as a float
  (func ${fn}__at_int (param $p i32) (result f64) (f64.convert_i64_s (i64.load (local.get $p))))
  (func ${fn}__at_float (param $p i32) (result f64) (f64.load (local.get $p)))
)
