;; centroid: (sum x / n, sum y / n), sums left to right.
(module
  (func ${fn} (param $pts i32) (result i32)
    (local $n i32) (local $p i32) (local $end i32) (local $v i32) (local $sx f64) (local $sy f64) (local $out i32)
    (local.set $n (i32.load (local.get $pts)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $p (local.get $pts))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (i32.load offset=8 (local.get $p)))
        (local.set $sx (f64.add (local.get $sx) (f64.load (local.get $v))))
        (local.set $sy (f64.add (local.get $sy) (f64.load offset=8 (local.get $v))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next)))
    (local.set $out (call $rt_alloc (i32.const 16)))
    (f64.store (local.get $out) (f64.div (local.get $sx) (f64.convert_i32_u (local.get $n))))
    (f64.store offset=8 (local.get $out) (f64.div (local.get $sy) (f64.convert_i32_u (local.get $n))))
    (local.get $out)))
