;; unique of [bool]: xs[0], then its negation if that occurs too.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $i i32) (local $v0 i32) (local $other i32) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 1)))))
    (local.set $v0 (i32.ne (i32.load8_u offset=8 (local.get $xs)) (i32.const 0)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ne (i32.ne (i32.load8_u offset=8 (i32.add (local.get $xs) (local.get $i))) (i32.const 0)) (local.get $v0))
          (then (local.set $other (i32.const 1)) (br $done)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.set $out (call $rt_arr_alloc (i32.add (local.get $other) (i32.const 1)) (i32.const 1)))
    (i32.store8 offset=8 (local.get $out) (local.get $v0))
    (if (local.get $other) (then (i32.store8 offset=9 (local.get $out) (i32.xor (local.get $v0) (i32.const 1)))))
    (local.get $out)))
