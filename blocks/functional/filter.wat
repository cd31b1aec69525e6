;; filter: the elements for which f is true, in order. One call of f per element; the verdicts go
;; to a scratch byte array so the result is allocated at its exact length.
(module
  (type $f (func (param i32 {T.w}) (result i32)))
  (func ${fn} (param $xs i32) (param $f i32) (result i32)
    (local $n i32) (local $i i32) (local $k i32) (local $flags i32) (local $b i32) (local $out i32) (local $o i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $flags (call $rt_alloc (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $b (i32.ne (i32.const 0)
          (call_indirect $fns (type $f)
            (local.get $f)
            ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
            (i32.load (local.get $f)))))
        (i32.store8 (i32.add (local.get $flags) (local.get $i)) (local.get $b))
        (local.set $k (i32.add (local.get $k) (local.get $b)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.set $out (call $rt_arr_alloc (local.get $k) (i32.const {T.s})))
    (local.set $o (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.load8_u (i32.add (local.get $flags) (local.get $i)))
          (then
            ({T.store} (local.get $o) ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh})))))
            (local.set $o (i32.add (local.get $o) (i32.const {T.s})))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
