;; range(a, b, step): a, a+step, ... while before b (above b for a negative step); faults
;; argument (4) when step is 0, memory (5) past 2^28 elements. Counts use unsigned differences,
;; exact even when the signed ones overflow.
(module
  (func ${fn} (param $a i64) (param $b i64) (param $step i64) (result i32)
    (local $cnt i64) (local $m i32) (local $out i32) (local $p i32) (local $end i32) (local $x i64)
    (if (i64.eqz (local.get $step)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $step) (i64.const 0))
      (then
        (if (i64.lt_s (local.get $a) (local.get $b))
          (then (local.set $cnt (i64.add (i64.div_u (i64.sub (i64.sub (local.get $b) (local.get $a)) (i64.const 1)) (local.get $step)) (i64.const 1))))))
      (else
        (if (i64.gt_s (local.get $a) (local.get $b))
          (then (local.set $cnt (i64.add (i64.div_u (i64.sub (i64.sub (local.get $a) (local.get $b)) (i64.const 1)) (i64.sub (i64.const 0) (local.get $step))) (i64.const 1)))))))
    (if (i64.gt_u (local.get $cnt) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $m (i32.wrap_i64 (local.get $cnt)))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const 8)))
    (local.set $p (i32.add (local.get $out) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $m) (i32.const 3))))
    (local.set $x (local.get $a))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (i64.store (local.get $p) (local.get $x))
        (local.set $x (i64.add (local.get $x) (local.get $step)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $out)))
