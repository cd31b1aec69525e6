;; zip of three: (xs[i], ys[i], zs[i]) for i < the shortest length. All tuples come from one zeroed
;; allocation of 24 bytes each.
(module
  (func ${fn} (param $xs i32) (param $ys i32) (param $zs i32) (result i32)
    (local $m i32) (local $out i32) (local $tup i32) (local $i i32)
    (local.set $m (i32.load (local.get $xs)))
    (if (i32.lt_u (i32.load (local.get $ys)) (local.get $m)) (then (local.set $m (i32.load (local.get $ys)))))
    (if (i32.lt_u (i32.load (local.get $zs)) (local.get $m)) (then (local.set $m (i32.load (local.get $zs)))))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const 4)))
    (if (i32.eqz (local.get $m)) (then (return (local.get $out))))
    ;; 24-byte tuples for 2^27 or more would overflow a 32-bit size (and never fit)
    (if (i32.ge_u (local.get $m) (i32.const 0x8000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $tup (call $rt_alloc (i32.mul (local.get $m) (i32.const 24))))
    (memory.fill (local.get $tup) (i32.const 0) (i32.mul (local.get $m) (i32.const 24)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $m)))
        ({A.store} (local.get $tup) ({A.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {A.sh})))))
        ({B.store} offset=8 (local.get $tup) ({B.load} offset=8 (i32.add (local.get $ys) (i32.shl (local.get $i) (i32.const {B.sh})))))
        ({C.store} offset=16 (local.get $tup) ({C.load} offset=8 (i32.add (local.get $zs) (i32.shl (local.get $i) (i32.const {C.sh})))))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $tup))
        (local.set $tup (i32.add (local.get $tup) (i32.const 24)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
