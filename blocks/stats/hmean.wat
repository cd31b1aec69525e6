;; harmonic mean: n / sum(1 / x), compensated; negative elements fault (argument); NaN gives NaN;
;; a zero gives 0.0.
(module
  (func ${fn} (param $xs i32) (result f64)
    (local $n i32) (local $p i32) (local $end i32) (local $x f64) (local $nan i32) (local $zero i32)
    (local $s f64) (local $c f64) (local $t f64)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $end (i32.add (local.get $xs) (i32.add (i32.const 8) (i32.shl (local.get $n) (i32.const 3)))))
    ;; a negative element faults; else NaN gives NaN, and a zero gives 0.0
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (loop $scan
      (local.set $x (call ${fn}__at_{T} (local.get $p)))
      (if (f64.lt (local.get $x) (f64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
      (local.set $nan (i32.or (local.get $nan) (f64.ne (local.get $x) (local.get $x))))
      (local.set $zero (i32.or (local.get $zero) (f64.eq (local.get $x) (f64.const 0))))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $scan (i32.lt_u (local.get $p) (local.get $end))))
    (if (local.get $nan) (then (return (f64.const nan))))
    (if (local.get $zero) (then (return (f64.const 0))))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (loop $next
      (local.set $x (f64.div (f64.const 1) (call ${fn}__at_{T} (local.get $p))))
      (local.set $t (f64.add (local.get $s) (local.get $x)))
      (if (f64.ge (f64.abs (local.get $s)) (f64.abs (local.get $x)))
        (then (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $s) (local.get $t)) (local.get $x)))))
        (else (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $x) (local.get $t)) (local.get $s))))))
      (local.set $s (local.get $t))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $next (i32.lt_u (local.get $p) (local.get $end))))
    (f64.div (f64.convert_i32_u (local.get $n)) (if (result f64) (f64.eq (f64.sub (local.get $s) (local.get $s)) (f64.const 0)) (then (f64.add (local.get $s) (local.get $c))) (else (local.get $s)))))

  ;; the element at p as a float
  (func ${fn}__at_int (param $p i32) (result f64) (f64.convert_i64_s (i64.load (local.get $p))))
  (func ${fn}__at_float (param $p i32) (result f64) (f64.load (local.get $p)))
)
