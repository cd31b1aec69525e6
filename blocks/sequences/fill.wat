;; fill: n copies of x; the first element is stored, then the filled prefix is copied onto the
;; rest in doubling blocks (log n bulk copies).
(module
  (func ${fn} (param $n i64) (param $x {T.w}) (result i32)
    (local $m i32) (local $out i32) (local $done i32) (local $total i32) (local $c i32)
    (if (i64.le_s (local.get $n) (i64.const 0)) (then (return (call $rt_arr_alloc (i32.const 0) (i32.const {T.s})))))
    (if (i64.gt_s (local.get $n) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $m (i32.wrap_i64 (local.get $n)))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const {T.s})))
    ({T.store} offset=8 (local.get $out) (local.get $x))
    (local.set $done (i32.const {T.s}))
    (local.set $total (i32.shl (local.get $m) (i32.const {T.sh})))
    (block $full
      (loop $grow
        (br_if $full (i32.ge_u (local.get $done) (local.get $total)))
        (local.set $c (select (local.get $done) (i32.sub (local.get $total) (local.get $done))
          (i32.le_u (local.get $done) (i32.sub (local.get $total) (local.get $done)))))
        (memory.copy (i32.add (i32.add (local.get $out) (i32.const 8)) (local.get $done)) (i32.add (local.get $out) (i32.const 8)) (local.get $c))
        (local.set $done (i32.add (local.get $done) (local.get $c)))
        (br $grow)))
    (local.get $out)))
