;; weighted mean: sum(w x) / sum(w), both sums compensated; faults (argument) when the lengths
;; differ, (empty) on empty input, (divzero) when the weights sum to 0.
(module
  (func ${fn} (param $xs i32) (param $ws i32) (result f64)
    (local $n i32) (local $p i32) (local $end i32) (local $w f64) (local $v f64) (local $t f64)
    (local $sw f64) (local $cw f64) (local $sx f64) (local $cx f64)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.ne (local.get $n) (i32.load (local.get $ws))) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $p (i32.const 8))
    (local.set $end (i32.add (i32.const 8) (i32.shl (local.get $n) (i32.const 3))))
    (loop $next
      (local.set $w (call ${fn}__at_{U} (i32.add (local.get $ws) (local.get $p))))
      (local.set $v (f64.mul (local.get $w) (call ${fn}__at_{T} (i32.add (local.get $xs) (local.get $p)))))
      (local.set $t (f64.add (local.get $sw) (local.get $w)))
      (if (f64.ge (f64.abs (local.get $sw)) (f64.abs (local.get $w)))
        (then (local.set $cw (f64.add (local.get $cw) (f64.add (f64.sub (local.get $sw) (local.get $t)) (local.get $w)))))
        (else (local.set $cw (f64.add (local.get $cw) (f64.add (f64.sub (local.get $w) (local.get $t)) (local.get $sw))))))
      (local.set $sw (local.get $t))
      (local.set $t (f64.add (local.get $sx) (local.get $v)))
      (if (f64.ge (f64.abs (local.get $sx)) (f64.abs (local.get $v)))
        (then (local.set $cx (f64.add (local.get $cx) (f64.add (f64.sub (local.get $sx) (local.get $t)) (local.get $v)))))
        (else (local.set $cx (f64.add (local.get $cx) (f64.add (f64.sub (local.get $v) (local.get $t)) (local.get $sx))))))
      (local.set $sx (local.get $t))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $next (i32.lt_u (local.get $p) (local.get $end))))
    (local.set $sw (if (result f64) (f64.eq (f64.sub (local.get $sw) (local.get $sw)) (f64.const 0)) (then (f64.add (local.get $sw) (local.get $cw))) (else (local.get $sw))))
    (if (f64.eq (local.get $sw) (f64.const 0)) (then (call $rt_fault (i32.const 2)) (unreachable)))
    (f64.div (if (result f64) (f64.eq (f64.sub (local.get $sx) (local.get $sx)) (f64.const 0)) (then (f64.add (local.get $sx) (local.get $cx))) (else (local.get $sx))) (local.get $sw)))

  ;; the element at p as a float
  (func ${fn}__at_int (param $p i32) (result f64) (f64.convert_i64_s (i64.load (local.get $p))))
  (func ${fn}__at_float (param $p i32) (result f64) (f64.load (local.get $p)))
)
