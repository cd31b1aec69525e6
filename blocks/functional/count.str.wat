;; count (xs: [str], x): how many elements are the same string as x (byte lengths compared first).
(module
  (func ${fn} (param $xs i32) (param $x i32) (result i64)
    (local $p i32) (local $end i32) (local $y i32) (local $len i32) (local $c i64)
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const 2))))
    (local.set $len (i32.load (local.get $x)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $y (i32.load (local.get $p)))
        (if (i32.eq (i32.load (local.get $y)) (local.get $len))
          (then (if (call $rt_str_eq (local.get $y) (local.get $x))
            (then (local.set $c (i64.add (local.get $c) (i64.const 1)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next)))
    (local.get $c)))
