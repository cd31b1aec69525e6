;; isqrt: the f64 square root gives r within 1 of the answer; fix it up with exact unsigned products
;; (r <= 3037000500, so r*r and (r+1)*(r+1) fit in 64 unsigned bits).
(module
  (func ${fn} (param $n i64) (result i64)
    (local $r i64)
    (if (i64.lt_s (local.get $n) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $r (i64.trunc_sat_f64_u (f64.sqrt (f64.convert_i64_u (local.get $n)))))
    (block $done
      (loop $next
        (br_if $done (i64.le_u (i64.mul (local.get $r) (local.get $r)) (local.get $n)))
        (local.set $r (i64.sub (local.get $r) (i64.const 1)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i64.gt_u (i64.mul (i64.add (local.get $r) (i64.const 1)) (i64.add (local.get $r) (i64.const 1))) (local.get $n)))
        (local.set $r (i64.add (local.get $r) (i64.const 1)))
        (br $next)))
    (local.get $r)))
