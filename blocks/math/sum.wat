;; sum over [int] or [float]: left to right (so float results match a left fold exactly).
(module
  (func ${fn} (param $xs i32) (result {T.w})
    (local $p i32) (local $end i32) (local $acc {T.w})
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $acc ({T.w}.add (local.get $acc) ({T.load} (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (br $next)))
    (local.get $acc)))
