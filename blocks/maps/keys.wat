;; keys: entry i's key (the low {K.s} bytes of its 8-byte key slot) into element i.
(module
  (func ${fn} (param $m i32) (result i32)
    (local $n i32) (local $out i32) (local $e i32) (local $i i32)
    (local.set $n (i32.load (local.get $m)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {K.s})))
    (local.set $e (i32.load offset=8 (local.get $m)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ({K.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const {K.sh})))
          ({K.load} (i32.add (local.get $e) (i32.shl (local.get $i) (i32.const 4)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
