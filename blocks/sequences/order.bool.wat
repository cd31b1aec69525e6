;; order (argsort) of [bool]: the indexes of the falses, then the indexes of the trues.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $i i32) (local $zeros i32) (local $f i32) (local $t i32) (local $v i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $zeros (i32.add (local.get $zeros) (i32.eqz (i32.load8_u offset=8 (i32.add (local.get $xs) (local.get $i))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (local.set $t (local.get $zeros))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $v (i32.ne (i32.load8_u offset=8 (i32.add (local.get $xs) (local.get $i))) (i32.const 0)))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (select (local.get $t) (local.get $f) (local.get $v)) (i32.const 3)))
          (i64.extend_i32_u (local.get $i)))
        (local.set $t (i32.add (local.get $t) (local.get $v)))
        (local.set $f (i32.add (local.get $f) (i32.xor (local.get $v) (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
