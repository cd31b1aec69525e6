;; runs: count the run starts (an element unequal ({T.eq}) to the one before it), then copy each run.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $i i32) (local $r i32) (local $out i32) (local $start i32) (local $k i32) (local $run i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $r (i32.ne (local.get $n) (i32.const 0)))
    (local.set $i (i32.const 1))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $r (i32.add (local.get $r) (call ${fn}__starts (local.get $xs) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (local.set $out (call $rt_arr_alloc (local.get $r) (i32.const 4)))
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (if (if (result i32) (i32.ge_u (local.get $i) (local.get $n)) (then (i32.const 1)) (else (call ${fn}__starts (local.get $xs) (local.get $i))))
          (then
            (if (i32.lt_u (local.get $start) (local.get $i))
              (then
                (local.set $run (call $rt_arr_alloc (i32.sub (local.get $i) (local.get $start)) (i32.const {T.s})))
                (memory.copy (i32.add (local.get $run) (i32.const 8))
                  (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $start) (i32.const {T.sh})))
                  (i32.shl (i32.sub (local.get $i) (local.get $start)) (i32.const {T.sh})))
                (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 2))) (local.get $run))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))))
            (local.set $start (local.get $i))))
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out))

  ;; whether xs[i] starts a new run (0 < i < n)
  (func ${fn}__starts (param $xs i32) (param $i i32) (result i32)
    (local $p i32)
    (local.set $p (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $i) (i32.const {T.sh}))))
    ({T.load} (local.get $p))
    ({T.load} (i32.sub (local.get $p) (i32.const {T.s})))
    {T.ne}))
