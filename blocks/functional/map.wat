;; map: a new array of f(x) for each x; f is a closure called through the table.
(module
  (type $f (func (param i32 {T.w}) (result {U.w})))
  (func ${fn} (param $xs i32) (param $f i32) (result i32)
    (local $n i32) (local $i i32) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {U.s})))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ({U.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const {U.sh})))
          (call_indirect $fns (type $f)
            (local.get $f)
            ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
            (i32.load (local.get $f))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
