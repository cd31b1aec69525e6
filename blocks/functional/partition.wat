;; partition: (the elements for which f is true, the others), both in order. One call of f per
;; element; verdicts go to a scratch byte array so both arrays are allocated at their exact lengths.
(module
  (type $f (func (param i32 {T.w}) (result i32)))
  (func ${fn} (param $xs i32) (param $f i32) (result i32)
    (local $n i32) (local $i i32) (local $k i32) (local $flags i32) (local $b i32)
    (local $yes i32) (local $no i32) (local $py i32) (local $pn i32) (local $x {T.w}) (local $tup i32)
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
    (local.set $yes (call $rt_arr_alloc (local.get $k) (i32.const {T.s})))
    (local.set $no (call $rt_arr_alloc (i32.sub (local.get $n) (local.get $k)) (i32.const {T.s})))
    (local.set $py (i32.add (local.get $yes) (i32.const 8)))
    (local.set $pn (i32.add (local.get $no) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh})))))
        (if (i32.load8_u (i32.add (local.get $flags) (local.get $i)))
          (then
            ({T.store} (local.get $py) (local.get $x))
            (local.set $py (i32.add (local.get $py) (i32.const {T.s}))))
          (else
            ({T.store} (local.get $pn) (local.get $x))
            (local.set $pn (i32.add (local.get $pn) (i32.const {T.s})))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    ;; the tuple: two 8-byte slots, each an i32 pointer in its low half
    (local.set $tup (call $rt_alloc (i32.const 16)))
    (i64.store (local.get $tup) (i64.extend_i32_u (local.get $yes)))
    (i64.store offset=8 (local.get $tup) (i64.extend_i32_u (local.get $no)))
    (local.get $tup)))
