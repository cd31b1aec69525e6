;; degree: one count per edge end, so a self-loop counts twice.
(module
  (func ${fn} (param $n64 i64) (param $edges i32) (result i32)
    (local $n i32) (local $m i32) (local $e i32) (local $t i32) (local $out i32) (local $i i32) (local $a i32)
    (if (i64.lt_s (local.get $n64) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n64) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $m (i32.load (local.get $edges)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (i64.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $z)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $e) (local.get $m)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $edges) (i32.shl (local.get $e) (i32.const 2)))))
        (if (i64.ge_u (i64.load (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (if (i64.ge_u (i64.load offset=8 (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (local.set $a (i32.add (local.get $out) (i32.shl (i32.wrap_i64 (i64.load (local.get $t))) (i32.const 3))))
        (i64.store offset=8 (local.get $a) (i64.add (i64.load offset=8 (local.get $a)) (i64.const 1)))
        (local.set $a (i32.add (local.get $out) (i32.shl (i32.wrap_i64 (i64.load offset=8 (local.get $t))) (i32.const 3))))
        (i64.store offset=8 (local.get $a) (i64.add (i64.load offset=8 (local.get $a)) (i64.const 1)))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $next)))
    (local.get $out)))
