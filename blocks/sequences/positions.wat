;; positions: count the matches ({T.eq}), then write their indexes.
(module
  (func ${fn} (param $xs i32) (param $x {T.w}) (result i32)
    (local $n i32) (local $i i32) (local $c i32) (local $out i32) (local $q i32)
    (local.set $n (i32.load (local.get $xs)))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
        ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
        (local.get $x)
        {T.eq}
        (local.set $c (i32.add (local.get $c)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (local.set $out (call $rt_arr_alloc (local.get $c) (i32.const 8)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
        (local.get $x)
        {T.eq}
        (if (then
          (i64.store (local.get $q) (i64.extend_i32_u (local.get $i)))
          (local.set $q (i32.add (local.get $q) (i32.const 8)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
