;; chunk: pieces of k elements (the last may be shorter); fault argument (4) when k <= 0.
(module
  (func ${fn} (param $xs i32) (param $k i64) (result i32)
    (local $n i32) (local $size i32) (local $c i32) (local $out i32) (local $j i32) (local $start i32) (local $len i32) (local $piece i32)
    (if (i64.le_s (local.get $k) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $n (i32.load (local.get $xs)))
    (local.set $size (if (result i32) (i64.ge_s (local.get $k) (i64.extend_i32_u (local.get $n))) (then (select (local.get $n) (i32.const 1) (local.get $n)))
      (else (i32.wrap_i64 (local.get $k)))))
    (local.set $c (i32.div_u (i32.add (local.get $n) (i32.sub (local.get $size) (i32.const 1))) (local.get $size)))
    (local.set $out (call $rt_arr_alloc (local.get $c) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $j) (local.get $c)))
        (local.set $len (i32.sub (local.get $n) (local.get $start)))
        (if (i32.gt_u (local.get $len) (local.get $size)) (then (local.set $len (local.get $size))))
        (local.set $piece (call $rt_arr_alloc (local.get $len) (i32.const {T.s})))
        (memory.copy (i32.add (local.get $piece) (i32.const 8))
          (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $start) (i32.const {T.sh})))
          (i32.shl (local.get $len) (i32.const {T.sh})))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2))) (local.get $piece))
        (local.set $start (i32.add (local.get $start) (local.get $len)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (local.get $out)))
