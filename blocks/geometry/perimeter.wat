;; perimeter: sum of the edge lengths v0v1, v1v2, ..., v(n-1)v0, each computed like dist.
(module
  (import "blocks" "dist" (func $dist (param i32 i32) (result f64)))
  (func ${fn} (param $poly i32) (result f64)
    (local $n i32) (local $i i32) (local $s f64) (local $a i32) (local $first i32)
    (local.set $n (i32.load (local.get $poly)))
    (if (i32.eqz (local.get $n)) (then (return (f64.const 0))))
    (local.set $first (i32.load offset=8 (local.get $poly)))
    (local.set $a (local.get $first))
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (f64.add (local.get $s)
          (call $dist (local.get $a)
            (local.tee $a (i32.load offset=8 (i32.add (local.get $poly) (i32.shl (local.get $i) (i32.const 2))))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (f64.add (local.get $s) (call $dist (local.get $a) (local.get $first)))))
