;; pairs: (xs[i], xs[i+1]) for i < n-1. All tuples come from one allocation (16 bytes each,
;; zeroed so 4-byte fields have clean upper halves).
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $m i32) (local $out i32) (local $tup i32) (local $i i32) (local $p i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $m (select (i32.sub (local.get $n) (i32.const 1)) (i32.const 0) (local.get $n)))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const 4)))
    (if (i32.eqz (local.get $m)) (then (return (local.get $out))))
    ;; 16-byte tuples for more than 2^27 would overflow a 32-bit size (and never fit)
    (if (i32.gt_u (local.get $m) (i32.const 0x8000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $tup (call $rt_alloc (i32.shl (local.get $m) (i32.const 4))))
    (memory.fill (local.get $tup) (i32.const 0) (i32.shl (local.get $m) (i32.const 4)))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $m)))
        ({T.store} (local.get $tup) ({T.load} (local.get $p)))
        ({T.store} offset=8 (local.get $tup) ({T.load} offset={T.s} (local.get $p)))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $tup))
        (local.set $tup (i32.add (local.get $tup) (i32.const 16)))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
