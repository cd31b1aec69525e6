;; countby: [(key, how many elements have it)] in order of the keys' first appearance. key is
;; called once per element; keys are found with a hash table (linear time).
(module
  (type $f (func (param i32 {T.w}) (result {K.w})))

  ;; Keys are told apart by SameValueZero: NaN equals NaN, 0.0 equals -0.0. One hash and one
  ;; equality per key kind; {K} picks the pair this instantiation uses.
  (func ${fn}__mix (param $h i64) (result i32)
    ;; the MurmurHash3 64-bit finalizer
    (local.set $h (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 33))))
    (local.set $h (i64.mul (local.get $h) (i64.const 0xff51afd7ed558ccd)))
    (local.set $h (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 33))))
    (local.set $h (i64.mul (local.get $h) (i64.const 0xc4ceb9fe1a85ec53)))
    (i32.wrap_i64 (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 33)))))
  (func ${fn}__hash_int (param $x i64) (result i32) (call ${fn}__mix (local.get $x)))
  (func ${fn}__hash_float (param $x f64) (result i32)
    (call ${fn}__mix
      (if (result i64) (f64.eq (local.get $x) (f64.const 0))
        (then (i64.const 0))
        (else (if (result i64) (f64.ne (local.get $x) (local.get $x))
          (then (i64.const 0x7ff8000000000000))
          (else (i64.reinterpret_f64 (local.get $x))))))))
  (func ${fn}__hash_bool (param $x i32) (result i32) (local.get $x))
  (func ${fn}__hash_str (param $s i32) (result i32)
    (local $p i32) (local $end i32) (local $end8 i32) (local $h i64)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (local.set $end8 (i32.add (local.get $p) (i32.and (i32.load (local.get $s)) (i32.const -8))))
    (local.set $h (i64.extend_i32_u (i32.load (local.get $s))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end8)))
        (local.set $h (i64.rotl (i64.mul (i64.xor (local.get $h) (i64.load (local.get $p))) (i64.const 0x9e3779b97f4a7c15)) (i64.const 29)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load8_u (local.get $p))) (i64.const 0x100000001b3)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (call ${fn}__mix (local.get $h)))
  (func ${fn}__eq_int (param $a i64) (param $b i64) (result i32) (i64.eq (local.get $a) (local.get $b)))
  (func ${fn}__eq_float (param $a f64) (param $b f64) (result i32)
    (i32.or (f64.eq (local.get $a) (local.get $b))
      (i32.and (f64.ne (local.get $a) (local.get $a)) (f64.ne (local.get $b) (local.get $b)))))
  (func ${fn}__eq_str (param $a i32) (param $b i32) (result i32)
    (if (result i32) (i32.ne (i32.load (local.get $a)) (i32.load (local.get $b)))
      (then (i32.const 0))
      (else (call $rt_str_eq (local.get $a) (local.get $b)))))
  (func ${fn}__eq_bool (param $a i32) (param $b i32) (result i32) (i32.eq (local.get $a) (local.get $b)))

  ;; Numbers the distinct keys in order of first appearance: gid[i] = the group of element i,
  ;; first[g] = the index of the first element of group g; returns the number of groups.
  ;; Open addressing with linear probing on a table of at least 2n slots, each 0 or group + 1.
  (func ${fn}__classify (param $keys i32) (param $n i32) (param $gid i32) (param $first i32) (result i32)
    (local $cap i32) (local $mask i32) (local $table i32) (local $i i32) (local $h i32) (local $slot i32)
    (local $g i32) (local $groups i32) (local $k {K.w})
    (local.set $cap (i32.const 8))
    (block $big
      (loop $grow
        (br_if $big (i32.ge_u (local.get $cap) (i32.shl (local.get $n) (i32.const 1))))
        (local.set $cap (i32.shl (local.get $cap) (i32.const 1)))
        (br $grow)))
    (local.set $mask (i32.sub (local.get $cap) (i32.const 1)))
    (local.set $table (call $rt_alloc (i32.shl (local.get $cap) (i32.const 2))))
    (memory.fill (local.get $table) (i32.const 0) (i32.shl (local.get $cap) (i32.const 2)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k ({K.load} (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const {K.sh})))))
        (local.set $h (i32.and (call ${fn}__hash_{K} (local.get $k)) (local.get $mask)))
        (block $found
          (loop $probe
            (local.set $slot (i32.load (i32.add (local.get $table) (i32.shl (local.get $h) (i32.const 2)))))
            (if (i32.eqz (local.get $slot))
              (then
                (i32.store (i32.add (local.get $table) (i32.shl (local.get $h) (i32.const 2))) (i32.add (local.get $groups) (i32.const 1)))
                (i32.store (i32.add (local.get $first) (i32.shl (local.get $groups) (i32.const 2))) (local.get $i))
                (local.set $g (local.get $groups))
                (local.set $groups (i32.add (local.get $groups) (i32.const 1)))
                (br $found)))
            (local.set $g (i32.sub (local.get $slot) (i32.const 1)))
            (br_if $found (call ${fn}__eq_{K} (local.get $k)
              ({K.load} (i32.add (local.get $keys)
                (i32.shl (i32.load (i32.add (local.get $first) (i32.shl (local.get $g) (i32.const 2)))) (i32.const {K.sh}))))))
            (local.set $h (i32.and (i32.add (local.get $h) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (i32.store (i32.add (local.get $gid) (i32.shl (local.get $i) (i32.const 2))) (local.get $g))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $groups))

  (func ${fn} (param $xs i32) (param $key i32) (result i32)
    (local $n i32) (local $i i32) (local $keys i32) (local $gid i32) (local $first i32) (local $groups i32)
    (local $cnt i32) (local $p i32) (local $out i32) (local $tups i32) (local $tup i32) (local $arr i32) (local $g i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $keys (i32.add (call $rt_arr_alloc (local.get $n) (i32.const {K.s})) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ({K.store} (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const {K.sh})))
          (call_indirect $fns (type $f) (local.get $key)
            ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
            (i32.load (local.get $key))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.set $gid (i32.add (call $rt_arr_alloc (local.get $n) (i32.const 4)) (i32.const 8)))
    (local.set $first (i32.add (call $rt_arr_alloc (local.get $n) (i32.const 4)) (i32.const 8)))
    (local.set $groups (call ${fn}__classify (local.get $keys) (local.get $n) (local.get $gid) (local.get $first)))
    ;; cnt[g] = size of group g
    (local.set $cnt (i32.add (call $rt_arr_alloc (local.get $groups) (i32.const 4)) (i32.const 8)))
    (memory.fill (local.get $cnt) (i32.const 0) (i32.shl (local.get $groups) (i32.const 2)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (i32.add (local.get $cnt) (i32.shl (i32.load (i32.add (local.get $gid) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2))))
        (i32.store (local.get $p) (i32.add (i32.load (local.get $p)) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.set $out (call $rt_arr_alloc (local.get $groups) (i32.const 4)))
    (local.set $tups (call $rt_alloc (i32.shl (local.get $groups) (i32.const 4))))
    (local.set $g (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $g) (local.get $groups)))
        (local.set $tup (i32.add (local.get $tups) (i32.shl (local.get $g) (i32.const 4))))
        (i64.store (local.get $tup) (i64.const 0))
        ({K.store} (local.get $tup) ({K.load} (i32.add (local.get $keys)
          (i32.shl (i32.load (i32.add (local.get $first) (i32.shl (local.get $g) (i32.const 2)))) (i32.const {K.sh})))))
        (i64.store offset=8 (local.get $tup)
          (i64.extend_i32_u (i32.load (i32.add (local.get $cnt) (i32.shl (local.get $g) (i32.const 2))))))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $g) (i32.const 2))) (local.get $tup))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $next)))
    (local.get $out)))
