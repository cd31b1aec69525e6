;; union: the distinct elements of a then b, in order of first appearance.
;; Elements are compared as JavaScript's SameValueZero (for floats, -0 equals 0 and NaN equals NaN)
;; through a hash table of element addresses; first appearances are kept, in order.
(module
  (func ${fn} (param $a i32) (param $b i32) (result i32)
    (local $tab i32) (local $mask i32) (local $out i32) (local $k i32)
    (call ${fn}__table (i32.add (i32.load (local.get $a)) (i32.load (local.get $b))))
    (local.set $mask) (local.set $tab)
    (local.set $out (call $rt_arr_alloc (i32.add (i32.load (local.get $a)) (i32.load (local.get $b))) (i32.const {T.s})))
    (local.set $k (call ${fn}__collect (local.get $tab) (local.get $mask) (local.get $a) (local.get $out) (i32.const 0) (i32.const -1)))
    (local.set $k (call ${fn}__collect (local.get $tab) (local.get $mask) (local.get $b) (local.get $out) (local.get $k) (i32.const -1)))
    (i32.store (local.get $out) (local.get $k))
    (local.get $out))

  ;; Append the elements of xs at out[k..]: an element not in the table is added (state 8, "taken") and
  ;; appended; one whose slot state is `want` is appended and its state becomes 8. Returns the new k.
  (func ${fn}__collect (param $tab i32) (param $mask i32) (param $xs i32) (param $out i32) (param $k i32) (param $want i32) (result i32)
    (local $i i32) (local $n i32) (local $p i32) (local $h i32) (local $s i32) (local $emit i32)
    (local.set $n (i32.load (local.get $xs)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $i) (i32.const {T.sh}))))
        (local.set $h (call ${fn}__hash_{T} (local.get $p)))
        (local.set $s (call ${fn}__find (local.get $tab) (local.get $mask) (local.get $p) (local.get $h)))
        (local.set $emit (i32.const 0))
        (if (i32.eqz (i32.load (local.get $s)))
          (then
            (i32.store (local.get $s) (local.get $p))
            (i32.store offset=4 (local.get $s) (local.get $h))
            (i32.store offset=8 (local.get $s) (i32.const 8))
            (local.set $emit (i32.const 1)))
          (else
            (if (i32.eq (i32.load offset=8 (local.get $s)) (local.get $want))
              (then (i32.store offset=8 (local.get $s) (i32.const 8)) (local.set $emit (i32.const 1))))))
        (if (local.get $emit)
          (then
            ({T.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const {T.sh}))) ({T.load} (local.get $p)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $k))

  ;; ---- hash table of element addresses: 16-byte slots [address][hash][count or state][aux],
  ;; address 0 = free; linear probing; capacity a power of two >= 2n, so at most half full.

  ;; A zeroed table for n elements; returns its address, capacity - 1 in $mask via the second result.
  (func ${fn}__table (param $n i32) (result i32 i32)
    (local $cap i32) (local $tab i32) (local $i i32) (local $end i32)
    (if (i32.gt_u (local.get $n) (i32.const 0x4000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $cap (i32.const 16))
    (block $big
      (loop $grow
        (br_if $big (i32.ge_u (local.get $cap) (i32.shl (local.get $n) (i32.const 1))))
        (local.set $cap (i32.shl (local.get $cap) (i32.const 1)))
        (br $grow)))
    (local.set $tab (call $rt_alloc (i32.shl (local.get $cap) (i32.const 4))))
    (local.set $i (local.get $tab))
    (local.set $end (i32.add (local.get $tab) (i32.shl (local.get $cap) (i32.const 4))))
    (loop $zero
      (v128.store (local.get $i) (v128.const i64x2 0 0))
      (local.set $i (i32.add (local.get $i) (i32.const 16)))
      (br_if $zero (i32.lt_u (local.get $i) (local.get $end))))
    (local.get $tab) (i32.sub (local.get $cap) (i32.const 1)))

  ;; The slot holding an element equal to the one at p (hash h), or the free slot where it would go.
  (func ${fn}__find (param $tab i32) (param $mask i32) (param $p i32) (param $h i32) (result i32)
    (local $i i32) (local $s i32) (local $a i32)
    (local.set $i (i32.and (local.get $h) (local.get $mask)))
    (loop $probe
      (local.set $s (i32.add (local.get $tab) (i32.shl (local.get $i) (i32.const 4))))
      (local.set $a (i32.load (local.get $s)))
      (if (i32.eqz (local.get $a)) (then (return (local.get $s))))
      (if (i32.eq (i32.load offset=4 (local.get $s)) (local.get $h))
        (then (if (call ${fn}__same_{T} (local.get $a) (local.get $p)) (then (return (local.get $s))))))
      (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (local.get $mask)))
      (br $probe))
    (unreachable))

  ;; Element equality and hashing by kind. Floats compare as JavaScript's SameValueZero:
  ;; -0 equals 0 and NaN equals NaN (both canonicalized before hashing).
  (func ${fn}__same_int (param $a i32) (param $b i32) (result i32) (i64.eq (i64.load (local.get $a)) (i64.load (local.get $b))))
  (func ${fn}__same_float (param $a i32) (param $b i32) (result i32)
    (i64.eq (call ${fn}__canon (f64.load (local.get $a))) (call ${fn}__canon (f64.load (local.get $b)))))
  (func ${fn}__same_str (param $a i32) (param $b i32) (result i32) (call $rt_str_eq (i32.load (local.get $a)) (i32.load (local.get $b))))
  (func ${fn}__canon (param $x f64) (result i64)
    (if (f64.eq (local.get $x) (f64.const 0)) (then (return (i64.const 0))))
    (if (f64.ne (local.get $x) (local.get $x)) (then (return (i64.const 0x7ff8000000000000))))
    (i64.reinterpret_f64 (local.get $x)))
  (func ${fn}__hash_int (param $p i32) (result i32) (call ${fn}__mix (i64.load (local.get $p))))
  (func ${fn}__hash_float (param $p i32) (result i32) (call ${fn}__mix (call ${fn}__canon (f64.load (local.get $p)))))
  ;; strings: FNV-1a over the UTF-8 bytes, then mixed
  (func ${fn}__hash_str (param $p i32) (result i32)
    (local $s i32) (local $i i32) (local $end i32) (local $h i32)
    (local.set $s (i32.load (local.get $p)))
    (local.set $i (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $i) (i32.load (local.get $s))))
    (local.set $h (i32.const 0x811c9dc5))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load8_u (local.get $i))) (i32.const 0x01000193)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (call ${fn}__mix (i64.extend_i32_u (local.get $h))))
  ;; MurmurHash3's 64-bit finalizer
  (func ${fn}__mix (param $k i64) (result i32)
    (local.set $k (i64.mul (i64.xor (local.get $k) (i64.shr_u (local.get $k) (i64.const 33))) (i64.const 0xff51afd7ed558ccd)))
    (local.set $k (i64.mul (i64.xor (local.get $k) (i64.shr_u (local.get $k) (i64.const 33))) (i64.const 0xc4ceb9fe1a85ec53)))
    (i32.wrap_i64 (i64.xor (local.get $k) (i64.shr_u (local.get $k) (i64.const 33)))))
)
