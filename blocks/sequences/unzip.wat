;; unzip: ([p.0 for p in ps], [p.1 for p in ps]) as a tuple of two arrays.
(module
  (func ${fn} (param $ps i32) (result i32)
    (local $n i32) (local $as i32) (local $bs i32) (local $i i32) (local $t i32) (local $out i32)
    (local.set $n (i32.load (local.get $ps)))
    (local.set $as (call $rt_arr_alloc (local.get $n) (i32.const {A.s})))
    (local.set $bs (call $rt_arr_alloc (local.get $n) (i32.const {B.s})))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $ps) (i32.shl (local.get $i) (i32.const 2)))))
        ({A.store} offset=8 (i32.add (local.get $as) (i32.shl (local.get $i) (i32.const {A.sh}))) ({A.load} (local.get $t)))
        ({B.store} offset=8 (i32.add (local.get $bs) (i32.shl (local.get $i) (i32.const {B.sh}))) ({B.load} offset=8 (local.get $t)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.set $out (call $rt_alloc (i32.const 16)))
    (i64.store (local.get $out) (i64.extend_i32_u (local.get $as)))
    (i64.store offset=8 (local.get $out) (i64.extend_i32_u (local.get $bs)))
    (local.get $out)))
