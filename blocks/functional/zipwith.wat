;; zipwith: [f(xs[i], ys[i])] for i below the shorter length.
(module
  (type $f (func (param i32 {T.w} {U.w}) (result {V.w})))
  (func ${fn} (param $xs i32) (param $ys i32) (param $f i32) (result i32)
    (local $n i32) (local $m i32) (local $i i32) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $m (i32.load (local.get $ys)))
    (if (i32.lt_u (local.get $m) (local.get $n)) (then (local.set $n (local.get $m))))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {V.s})))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ({V.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const {V.sh})))
          (call_indirect $fns (type $f) (local.get $f)
            ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
            ({U.load} offset=8 (i32.add (local.get $ys) (i32.shl (local.get $i) (i32.const {U.sh}))))
            (i32.load (local.get $f))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
