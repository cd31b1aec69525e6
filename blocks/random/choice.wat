;; choice: one unbiased draw in [0, n) from the xorshift64* stream, then that element.
(module
  (func ${fn} (param $xs i32) (param $seed i64) (result {T.w})
    (local $n i32) (local $x i64) (local $d i64) (local $r i64) (local $t i64)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $x (select (i64.const 0x9E3779B97F4A7C15) (local.get $seed) (i64.eqz (local.get $seed))))
    (local.set $r (i64.extend_i32_u (local.get $n)))
    (local.set $t (i64.rem_u (i64.sub (i64.const 0) (local.get $r)) (local.get $r)))
    (loop $draw
      (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 12))))
      (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 25))))
      (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 27))))
      (local.set $d (i64.mul (local.get $x) (i64.const 0x2545F4914F6CDD1D)))
      (br_if $draw (i64.lt_u (local.get $d) (local.get $t))))
    ({T.load} offset=8 (i32.add (local.get $xs)
      (i32.shl (i32.wrap_i64 (i64.rem_u (local.get $d) (local.get $r))) (i32.const {T.sh}))))))
