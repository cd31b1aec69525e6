;; kadane over [int]: cur = max(x, cur + x) (wrapping add), best = max(best, cur).
(module
  (func ${fn} (param $xs i32) (result i64)
    (local $p i32) (local $end i32) (local $x i64) (local $s i64) (local $cur i64) (local $best i64)
    (if (i32.eqz (i32.load (local.get $xs))) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $p (i32.add (local.get $xs) (i32.const 16)))
    (local.set $end (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (i32.load (local.get $xs)) (i32.const 3))))
    (local.set $cur (i64.load offset=8 (local.get $xs)))
    (local.set $best (local.get $cur))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x (i64.load (local.get $p)))
        (local.set $s (i64.add (local.get $cur) (local.get $x)))
        (local.set $cur (select (local.get $x) (local.get $s) (i64.gt_s (local.get $x) (local.get $s))))
        (local.set $best (select (local.get $best) (local.get $cur) (i64.gt_s (local.get $best) (local.get $cur))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $best)))
