;; argmin: the first index whose element no earlier one beats ({T.lt}); faults empty (3) on [].
(module
  (func ${fn} (param $xs i32) (result i64)
    (local $n i32) (local $i i32) (local $best i32) (local $b {T.w}) (local $x {T.w})
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $b ({T.load} offset=8 (local.get $xs)))
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh})))))
        (local.get $x) (local.get $b) {T.lt}
        (if (then (local.set $best (local.get $i)) (local.set $b (local.get $x))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.extend_i32_u (local.get $best))))
