;; utf8: each byte of the string widened to an int.
(module
  (func ${fn} (param $s i32) (result i32)
    (local $n i32) (local $i i32) (local $out i32)
    (local.set $n (i32.load (local.get $s)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
          (i64.load8_u offset=8 (i32.add (local.get $s) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
