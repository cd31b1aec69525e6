;; dropwhile: what follows the longest prefix whose elements all satisfy f (f is not called past the first false).
(module
  (type $f (func (param i32 {T.w}) (result i32)))
  (func ${fn} (param $xs i32) (param $f i32) (result i32)
    (local $n i32) (local $k i32) (local $out i32)
    (local.set $n (i32.load (local.get $xs)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (br_if $done (i32.eqz (call_indirect $fns (type $f) (local.get $f)
          ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $k) (i32.const {T.sh}))))
          (i32.load (local.get $f)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.set $out (call $rt_arr_alloc (i32.sub (local.get $n) (local.get $k)) (i32.const {T.s})))
    (memory.copy (i32.add (local.get $out) (i32.const 8))
      (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $k) (i32.const {T.sh})))
      (i32.shl (i32.sub (local.get $n) (local.get $k)) (i32.const {T.sh})))
    (local.get $out)))
