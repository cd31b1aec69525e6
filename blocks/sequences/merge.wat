;; merge of two sorted arrays: ys[j] goes first only when strictly smaller ({T.lt}), then the rests.
(module
  (func ${fn} (param $xs i32) (param $ys i32) (result i32)
    (local $n i32) (local $m i32) (local $out i32) (local $p i32) (local $pe i32) (local $q i32) (local $qe i32) (local $o i32)
    (local $x {T.w}) (local $y {T.w})
    (local.set $n (i32.load (local.get $xs)))
    (local.set $m (i32.load (local.get $ys)))
    (local.set $out (call $rt_arr_alloc (i32.add (local.get $n) (local.get $m)) (i32.const {T.s})))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $pe (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const {T.sh}))))
    (local.set $q (i32.add (local.get $ys) (i32.const 8)))
    (local.set $qe (i32.add (local.get $q) (i32.shl (local.get $m) (i32.const {T.sh}))))
    (local.set $o (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.or (i32.ge_u (local.get $p) (local.get $pe)) (i32.ge_u (local.get $q) (local.get $qe))))
        (local.set $x ({T.load} (local.get $p)))
        (local.set $y ({T.load} (local.get $q)))
        (local.get $y) (local.get $x) {T.lt}
        (if
          (then
            ({T.store} (local.get $o) (local.get $y))
            (local.set $q (i32.add (local.get $q) (i32.const {T.s}))))
          (else
            ({T.store} (local.get $o) (local.get $x))
            (local.set $p (i32.add (local.get $p) (i32.const {T.s})))))
        (local.set $o (i32.add (local.get $o) (i32.const {T.s})))
        (br $next)))
    (memory.copy (local.get $o) (local.get $p) (i32.sub (local.get $pe) (local.get $p)))
    (memory.copy (i32.add (local.get $o) (i32.sub (local.get $pe) (local.get $p))) (local.get $q) (i32.sub (local.get $qe) (local.get $q)))
    (local.get $out)))
