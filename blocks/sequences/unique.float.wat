;; unique of [float]: one pass with an open-addressing hash table (Fibonacci hashing, load <= 1/2)
;; of group numbers; group g's first element is stored at out[g] as it appears, so the result
;; keeps first-appearance order. The result is allocated for n elements up front (its length is
;; set to the real count at the end); the table is scratch, released before returning. Floats hash by their bits with both zeros and
;; every NaN made one key, and match when equal or both NaN (so -0.0 joins 0.0, NaN joins NaN).
(module

  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $mark i32) (local $bits i32) (local $mask i32) (local $table i32)
    (local $i i32) (local $u i32) (local $x f64) (local $k i64) (local $v f64) (local $h i32) (local $slot i32) (local $g i32) (local $t i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    (local.set $mark (call $rt_mark))
    ;; 2^bits >= 2n slots of 4 bytes: 0 = empty, else group number + 1
    (local.set $bits (i32.sub (i32.const 32) (i32.clz (i32.sub (i32.shl (local.get $n) (i32.const 1)) (i32.const 1)))))
    (local.set $mask (i32.sub (i32.shl (i32.const 1) (local.get $bits)) (i32.const 1)))
    (local.set $table (call $rt_alloc (i32.shl (i32.add (local.get $mask) (i32.const 1)) (i32.const 2))))
    (memory.fill (local.get $table) (i32.const 0) (i32.shl (i32.add (local.get $mask) (i32.const 1)) (i32.const 2)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $k (select (i64.reinterpret_f64 (local.get $x)) (i64.const 0) (f64.ne (local.get $x) (f64.const 0))))
        (local.set $k (select (local.get $k) (i64.const 0x7FF8000000000000) (f64.eq (local.get $x) (local.get $x))))
        (local.set $h (i32.wrap_i64 (i64.shr_u (i64.mul (local.get $k) (i64.const 0x9E3779B97F4A7C15)) (i64.extend_i32_u (i32.sub (i32.const 64) (local.get $bits))))))
        (block $found
          (loop $probe
            (local.set $slot (i32.add (local.get $table) (i32.shl (local.get $h) (i32.const 2))))
            (local.set $g (i32.load (local.get $slot)))
            (if (i32.eqz (local.get $g))
              (then
                ;; a new group: x is its first element
                (f64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $u) (i32.const 3))) (local.get $x))
                (local.set $u (i32.add (local.get $u) (i32.const 1)))
                (i32.store (local.get $slot) (local.get $u))
                (br $found)))
            (local.set $t (i32.add (local.get $out) (i32.shl (i32.sub (local.get $g) (i32.const 1)) (i32.const 3))))
            (local.set $v (f64.load offset=8 (local.get $t)))
            (if (i32.or (f64.eq (local.get $v) (local.get $x)) (i32.and (f64.ne (local.get $v) (local.get $v)) (f64.ne (local.get $x) (local.get $x))))
              (then (br $found)))
            (local.set $h (i32.and (i32.add (local.get $h) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (call $rt_reset (local.get $mark))
    (i32.store (local.get $out) (local.get $u))
    (local.get $out)))
