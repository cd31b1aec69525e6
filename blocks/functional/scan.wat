;; scan: the running accumulators of a left fold: out[i] = f(out[i-1], xs[i]) with out[-1] = init.
(module
  (type $f (func (param i32 {A.w} {T.w}) (result {A.w})))
  (func ${fn} (param $xs i32) (param $init {A.w}) (param $f i32) (result i32)
    (local $n i32) (local $i i32) (local $out i32) (local $acc {A.w})
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {A.s})))
    (local.set $acc (local.get $init))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc
          (call_indirect $fns (type $f) (local.get $f) (local.get $acc)
            ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
            (i32.load (local.get $f))))
        ({A.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const {A.sh}))) (local.get $acc))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
