;; locate: the index of the first element for which f is true, or -1.
(module
  (type $f (func (param i32 {T.w}) (result i32)))
  (func ${fn} (param $xs i32) (param $f i32) (result i64)
    (local $n i32) (local $i i32)
    (local.set $n (i32.load (local.get $xs)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (call_indirect $fns (type $f) (local.get $f)
              ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
              (i32.load (local.get $f)))
          (then (return (i64.extend_i32_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.const -1)))
