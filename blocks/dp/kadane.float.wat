;; kadane over [float]: cur = max(x, cur + x), best = max(best, cur), with f64.max (nan propagates).
(module
  (func ${fn} (param $xs i32) (result f64)
    (local $p i32) (local $end i32) (local $x f64) (local $cur f64) (local $best f64)
    (if (i32.eqz (i32.load (local.get $xs))) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $p (i32.add (local.get $xs) (i32.const 16)))
    (local.set $end (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (i32.load (local.get $xs)) (i32.const 3))))
    (local.set $cur (f64.load offset=8 (local.get $xs)))
    (local.set $best (local.get $cur))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x (f64.load (local.get $p)))
        (local.set $cur (f64.max (local.get $x) (f64.add (local.get $cur) (local.get $x))))
        (local.set $best (f64.max (local.get $best) (local.get $cur)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $best)))
