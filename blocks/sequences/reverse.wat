;; reverse: out[n-1-i] = xs[i].
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $p i32) (local $q i32) (local $end i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {T.s})))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const {T.sh}))))
    (local.set $q (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $q (i32.sub (local.get $q) (i32.const {T.s})))
        ({T.store} offset=8 (local.get $q) ({T.load} (local.get $p)))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (br $next)))
    (local.get $out)))
