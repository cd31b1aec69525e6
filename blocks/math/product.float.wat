;; product over [float]: left to right, so the result matches a left fold exactly.
(module
  (func ${fn} (param $xs i32) (result f64)
    (local $p i32) (local $end i32) (local $acc f64)
    (local.set $acc (f64.const 1))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $acc (f64.mul (local.get $acc) (f64.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $acc)))
