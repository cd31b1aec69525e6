;; flatmap: f(x) for each x, concatenated in order. The partial arrays are kept in a scratch list,
;; then copied into one result of their total length.
(module
  (type $f (func (param i32 {T.w}) (result i32)))
  (func ${fn} (param $xs i32) (param $f i32) (result i32)
    (local $n i32) (local $i i32) (local $parts i32) (local $r i32) (local $total i64)
    (local $out i32) (local $dst i32) (local $bytes i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $parts (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $r (call_indirect $fns (type $f) (local.get $f)
          ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
          (i32.load (local.get $f))))
        (i32.store (i32.add (local.get $parts) (i32.shl (local.get $i) (i32.const 2))) (local.get $r))
        (local.set $total (i64.add (local.get $total) (i64.extend_i32_u (i32.load (local.get $r)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    ;; a total above 0x10000000 makes rt_arr_alloc fault "memory"
    (if (i64.gt_u (local.get $total) (i64.const 0x10000000)) (then (local.set $total (i64.const 0x10000001))))
    (local.set $out (call $rt_arr_alloc (i32.wrap_i64 (local.get $total)) (i32.const {U.s})))
    (local.set $dst (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $r (i32.load (i32.add (local.get $parts) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $bytes (i32.shl (i32.load (local.get $r)) (i32.const {U.sh})))
        (memory.copy (local.get $dst) (i32.add (local.get $r) (i32.const 8)) (local.get $bytes))
        (local.set $dst (i32.add (local.get $dst) (local.get $bytes)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
