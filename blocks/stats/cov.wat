;; cov: the sample covariance sum((x - mean x)(y - mean y)) / (n - 1), compensated.
;; Faults (argument) when the lengths differ, (empty) with fewer than two pairs.
(module
  (import "blocks" "mean_{T}" (func $mean_{T} (param i32) (result f64)))
  (func ${fn} (param $xs i32) (param $ys i32) (result f64)
    (local $n i32) (local $p i32) (local $end i32) (local $mx f64) (local $my f64) (local $dx f64) (local $dy f64) (local $v f64) (local $t f64)
    (local $sxy f64) (local $cxy f64) (local $sxx f64) (local $cxx f64) (local $syy f64) (local $cyy f64)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.ne (local.get $n) (i32.load (local.get $ys))) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i32.lt_u (local.get $n) (i32.const 2)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $mx (call $mean_{T} (local.get $xs)))
    (local.set $my (call $mean_{T} (local.get $ys)))
    (local.set $p (i32.const 8))
    (local.set $end (i32.add (i32.const 8) (i32.shl (local.get $n) (i32.const 3))))
    (loop $next
      (local.set $dx (f64.sub (call ${fn}__at_{T} (i32.add (local.get $xs) (local.get $p))) (local.get $mx)))
      (local.set $dy (f64.sub (call ${fn}__at_{T} (i32.add (local.get $ys) (local.get $p))) (local.get $my)))
      (local.set $v (f64.mul (local.get $dx) (local.get $dy)))
      (local.set $t (f64.add (local.get $sxy) (local.get $v)))
      (if (f64.ge (f64.abs (local.get $sxy)) (f64.abs (local.get $v)))
        (then (local.set $cxy (f64.add (local.get $cxy) (f64.add (f64.sub (local.get $sxy) (local.get $t)) (local.get $v)))))
        (else (local.set $cxy (f64.add (local.get $cxy) (f64.add (f64.sub (local.get $v) (local.get $t)) (local.get $sxy))))))
      (local.set $sxy (local.get $t))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $next (i32.lt_u (local.get $p) (local.get $end))))
    (f64.div (if (result f64) (f64.eq (f64.sub (local.get $sxy) (local.get $sxy)) (f64.const 0)) (then (f64.add (local.get $sxy) (local.get $cxy))) (else (local.get $sxy))) (f64.convert_i32_u (i32.sub (local.get $n) (i32.const 1)))))

  ;; the element at p as a float
  (func ${fn}__at_int (param $p i32) (result f64) (f64.convert_i64_s (i64.load (local.get $p))))
  (func ${fn}__at_float (param $p i32) (result f64) (f64.load (local.get $p)))
)
