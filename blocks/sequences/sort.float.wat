;; sort of [float]: each float becomes an int key whose signed order is the float order (the
;; bits, with the magnitude bits flipped for negatives); both zeros get key 0 and every NaN the
;; largest key, so they tie. sort_int sorts the keys (network, merge or radix), the keys turn
;; back into floats, and a last pass rewrites the run of zeros and the run of NaNs with the
;; original values in input order, which keeps -0.0/0.0 (and NaN payloads) stable.
(module
  (import "blocks" "sort_int" (func $sort_int (param i32) (result i32)))

  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $mark i32) (local $keys i32) (local $i i32) (local $x f64) (local $k i64)
    (local $neg i32) (local $nan i32) (local $zeros i32) (local $z i32) (local $q i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    (local.set $mark (call $rt_mark))
    (local.set $keys (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (block $keyed
      (loop $key
        (br_if $keyed (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $k (i64.reinterpret_f64 (local.get $x)))
        (local.set $k (i64.xor (local.get $k) (i64.shr_u (i64.shr_s (local.get $k) (i64.const 63)) (i64.const 1))))
        (local.set $k (select (i64.const 0) (local.get $k) (f64.eq (local.get $x) (f64.const 0))))
        (local.set $k (select (local.get $k) (i64.const 0x7FFFFFFFFFFFFFFF) (f64.eq (local.get $x) (local.get $x))))
        (i64.store offset=8 (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const 3))) (local.get $k))
        (local.set $neg (i32.add (local.get $neg) (f64.lt (local.get $x) (f64.const 0))))
        (local.set $nan (i32.add (local.get $nan) (f64.ne (local.get $x) (local.get $x))))
        (local.set $zeros (i32.add (local.get $zeros) (f64.eq (local.get $x) (f64.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $key)))
    (local.set $keys (call $sort_int (local.get $keys)))
    ;; the key map is its own inverse
    (local.set $i (i32.const 0))
    (block $back_done
      (loop $back
        (br_if $back_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (i64.load offset=8 (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const 3)))))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
          (i64.xor (local.get $k) (i64.shr_u (i64.shr_s (local.get $k) (i64.const 63)) (i64.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $back)))
    ;; zeros sit right after the negatives, NaNs at the end: refill both runs in input order
    (if (i32.or (local.get $zeros) (local.get $nan))
      (then
        (local.set $z (local.get $neg))
        (local.set $q (i32.sub (local.get $n) (local.get $nan)))
        (local.set $i (i32.const 0))
        (block $fixed
          (loop $fix
            (br_if $fixed (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $x (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
            (if (f64.eq (local.get $x) (f64.const 0))
              (then
                (f64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $z) (i32.const 3))) (local.get $x))
                (local.set $z (i32.add (local.get $z) (i32.const 1)))))
            (if (f64.ne (local.get $x) (local.get $x))
              (then
                (f64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $q) (i32.const 3))) (local.get $x))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $fix)))))
    (call $rt_reset (local.get $mark))
    (local.get $out)))
