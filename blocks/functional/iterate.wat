;; iterate: [x, f(x), f(f(x)), …], n items; [] when n <= 0; faults "memory" (5) when n > 2^28.
(module
  (type $f (func (param i32 {T.w}) (result {T.w})))
  (func ${fn} (param $x {T.w}) (param $count i64) (param $f i32) (result i32)
    (local $n i32) (local $i i32) (local $out i32) (local $cur {T.w})
    ;; clamp to 0 .. 0x10000001; rt_arr_alloc faults on anything above 0x10000000
    (local.set $n
      (if (result i32) (i64.le_s (local.get $count) (i64.const 0))
        (then (i32.const 0))
        (else (if (result i32) (i64.gt_s (local.get $count) (i64.const 0x10000000))
          (then (i32.const 0x10000001))
          (else (i32.wrap_i64 (local.get $count)))))))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {T.s})))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    (local.set $cur (local.get $x))
    ({T.store} offset=8 (local.get $out) (local.get $cur))
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $cur (call_indirect $fns (type $f) (local.get $f) (local.get $cur) (i32.load (local.get $f))))
        ({T.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const {T.sh}))) (local.get $cur))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
