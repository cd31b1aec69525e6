;; every: xs[0], xs[k], xs[2k], ...; fault argument (4) when k <= 0.
(module
  (func ${fn} (param $xs i32) (param $k i64) (result i32)
    (local $n i32) (local $step i32) (local $m i32) (local $out i32) (local $p i32) (local $q i32) (local $end i32)
    (if (i64.le_s (local.get $k) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $n (i32.load (local.get $xs)))
    ;; a step of n or more takes just the first element
    (local.set $step (if (result i32) (i64.ge_s (local.get $k) (i64.extend_i32_u (local.get $n))) (then (select (local.get $n) (i32.const 1) (local.get $n)))
      (else (i32.wrap_i64 (local.get $k)))))
    (local.set $m (i32.div_u (i32.add (local.get $n) (i32.sub (local.get $step) (i32.const 1))) (local.get $step)))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const {T.s})))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $step (i32.shl (local.get $step) (i32.const {T.sh})))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $end (i32.add (local.get $q) (i32.shl (local.get $m) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $q) (local.get $end)))
        ({T.store} (local.get $q) ({T.load} (local.get $p)))
        (local.set $q (i32.add (local.get $q) (i32.const {T.s})))
        (local.set $p (i32.add (local.get $p) (local.get $step)))
        (br $next)))
    (local.get $out)))
