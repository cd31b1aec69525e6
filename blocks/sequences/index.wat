;; index: the first i with xs[i] equal to x ({T.eq}), or -1.
(module
  (func ${fn} (param $xs i32) (param $x {T.w}) (result i64)
    (local $n i32) (local $i i32)
    (local.set $n (i32.load (local.get $xs)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
        (local.get $x)
        {T.eq}
        (if (then (return (i64.extend_i32_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.const -1)))
