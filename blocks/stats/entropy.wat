;; entropy: the Shannon entropy in bits of the frequencies of the distinct elements,
;; -sum(p log2 p) with p = count / n, summed over a hash table of element addresses (elements
;; compared as JavaScript's SameValueZero); 0.0 for [].
(module
  (func ${fn} (param $xs i32) (result f64)
    (local $n i32) (local $tab i32) (local $mask i32) (local $i i32) (local $p i32) (local $h i32) (local $s i32)
    (local $end i32) (local $fn f64) (local $q f64) (local $acc f64)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (return (f64.const 0))))
    (call ${fn}__table (local.get $n))
    (local.set $mask) (local.set $tab)
    (loop $next
      (local.set $p (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $i) (i32.const {T.sh}))))
      (local.set $h (call ${fn}__hash_{T} (local.get $p)))
      (local.set $s (call ${fn}__find (local.get $tab) (local.get $mask) (local.get $p) (local.get $h)))
      (if (i32.eqz (i32.load (local.get $s)))
        (then
          (i32.store (local.get $s) (local.get $p))
          (i32.store offset=4 (local.get $s) (local.get $h))))
      (i32.store offset=8 (local.get $s) (i32.add (i32.load offset=8 (local.get $s)) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.set $fn (f64.convert_i32_u (local.get $n)))
    (local.set $s (local.get $tab))
    (local.set $end (i32.add (local.get $tab) (i32.shl (i32.add (local.get $mask) (i32.const 1)) (i32.const 4))))
    (loop $sum
      (if (i32.load (local.get $s))
        (then
          (local.set $q (f64.div (f64.convert_i32_u (i32.load offset=8 (local.get $s))) (local.get $fn)))
          (local.set $acc (f64.add (local.get $acc) (f64.mul (local.get $q) (call ${fn}__log (local.get $q)))))))
      (local.set $s (i32.add (local.get $s) (i32.const 16)))
      (br_if $sum (i32.lt_u (local.get $s) (local.get $end))))
    (f64.div (f64.sub (f64.const 0) (local.get $acc)) (f64.const 0.6931471805599453)))

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

  ;; Natural logarithm: fdlibm's __ieee754_log (as V8's Math.log), ported line by line.
  (func ${fn}__log (param $x f64) (result f64)
    (local $hx i32) (local $lx i32) (local $k i32) (local $i i32) (local $j i32) (local $b i64)
    (local $f f64) (local $s f64) (local $z f64) (local $w f64) (local $R f64) (local $t1 f64) (local $t2 f64)
    (local $dk f64) (local $hfsq f64)
    (local.set $b (i64.reinterpret_f64 (local.get $x)))
    (local.set $hx (i32.wrap_i64 (i64.shr_u (local.get $b) (i64.const 32))))
    (local.set $lx (i32.wrap_i64 (local.get $b)))
    (if (i32.lt_s (local.get $hx) (i32.const 0x00100000))
      (then
        (if (i32.eqz (i32.or (i32.and (local.get $hx) (i32.const 0x7fffffff)) (local.get $lx)))
          (then (return (f64.const -inf))))
        (if (i32.lt_s (local.get $hx) (i32.const 0)) (then (return (f64.const nan))))
        (local.set $k (i32.const -54))
        (local.set $x (f64.mul (local.get $x) (f64.const 0x1p54)))
        (local.set $hx (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $x)) (i64.const 32))))))
    (if (i32.ge_s (local.get $hx) (i32.const 0x7ff00000)) (then (return (f64.add (local.get $x) (local.get $x)))))
    (local.set $k (i32.add (local.get $k) (i32.sub (i32.shr_s (local.get $hx) (i32.const 20)) (i32.const 1023))))
    (local.set $hx (i32.and (local.get $hx) (i32.const 0x000fffff)))
    (local.set $i (i32.and (i32.add (local.get $hx) (i32.const 0x95f64)) (i32.const 0x100000)))
    ;; normalize x or x/2
    (local.set $x (f64.reinterpret_i64 (i64.or
      (i64.shl (i64.extend_i32_u (i32.or (local.get $hx) (i32.xor (local.get $i) (i32.const 0x3ff00000)))) (i64.const 32))
      (i64.and (i64.reinterpret_f64 (local.get $x)) (i64.const 0xffffffff)))))
    (local.set $k (i32.add (local.get $k) (i32.shr_s (local.get $i) (i32.const 20))))
    (local.set $f (f64.sub (local.get $x) (f64.const 1)))
    (if (i32.lt_s (i32.and (i32.const 0x000fffff) (i32.add (i32.const 2) (local.get $hx))) (i32.const 3))
      (then
        (if (f64.eq (local.get $f) (f64.const 0))
          (then
            (if (i32.eqz (local.get $k)) (then (return (f64.const 0))))
            (local.set $dk (f64.convert_i32_s (local.get $k)))
            (return (f64.add (f64.mul (local.get $dk) (f64.const 6.93147180369123816490e-01)) (f64.mul (local.get $dk) (f64.const 1.90821492927058770002e-10))))))
        (local.set $R (f64.mul (f64.mul (local.get $f) (local.get $f)) (f64.sub (f64.const 0.5) (f64.mul (f64.const 0.33333333333333333) (local.get $f)))))
        (if (i32.eqz (local.get $k)) (then (return (f64.sub (local.get $f) (local.get $R)))))
        (local.set $dk (f64.convert_i32_s (local.get $k)))
        (return (f64.sub (f64.mul (local.get $dk) (f64.const 6.93147180369123816490e-01))
          (f64.sub (f64.sub (local.get $R) (f64.mul (local.get $dk) (f64.const 1.90821492927058770002e-10))) (local.get $f))))))
    (local.set $s (f64.div (local.get $f) (f64.add (f64.const 2) (local.get $f))))
    (local.set $dk (f64.convert_i32_s (local.get $k)))
    (local.set $z (f64.mul (local.get $s) (local.get $s)))
    (local.set $i (i32.sub (local.get $hx) (i32.const 0x6147a)))
    (local.set $w (f64.mul (local.get $z) (local.get $z)))
    (local.set $j (i32.sub (i32.const 0x6b851) (local.get $hx)))
    (local.set $t1 (f64.mul (local.get $w) (f64.add (f64.const 3.999999999940941908e-01)
      (f64.mul (local.get $w) (f64.add (f64.const 2.222219843214978396e-01) (f64.mul (local.get $w) (f64.const 1.531383769920937332e-01)))))))
    (local.set $t2 (f64.mul (local.get $z) (f64.add (f64.const 6.666666666666735130e-01)
      (f64.mul (local.get $w) (f64.add (f64.const 2.857142874366239149e-01)
        (f64.mul (local.get $w) (f64.add (f64.const 1.818357216161805012e-01) (f64.mul (local.get $w) (f64.const 1.479819860511658591e-01)))))))))
    (local.set $i (i32.or (local.get $i) (local.get $j)))
    (local.set $R (f64.add (local.get $t2) (local.get $t1)))
    (if (i32.gt_s (local.get $i) (i32.const 0))
      (then
        (local.set $hfsq (f64.mul (f64.mul (f64.const 0.5) (local.get $f)) (local.get $f)))
        (if (i32.eqz (local.get $k))
          (then (return (f64.sub (local.get $f) (f64.sub (local.get $hfsq) (f64.mul (local.get $s) (f64.add (local.get $hfsq) (local.get $R))))))))
        (return (f64.sub (f64.mul (local.get $dk) (f64.const 6.93147180369123816490e-01))
          (f64.sub (f64.sub (local.get $hfsq) (f64.add (f64.mul (local.get $s) (f64.add (local.get $hfsq) (local.get $R)))
            (f64.mul (local.get $dk) (f64.const 1.90821492927058770002e-10)))) (local.get $f))))))
    (if (i32.eqz (local.get $k))
      (then (return (f64.sub (local.get $f) (f64.mul (local.get $s) (f64.sub (local.get $f) (local.get $R)))))))
    (f64.sub (f64.mul (local.get $dk) (f64.const 6.93147180369123816490e-01))
      (f64.sub (f64.sub (f64.mul (local.get $s) (f64.sub (local.get $f) (local.get $R))) (f64.mul (local.get $dk) (f64.const 1.90821492927058770002e-10))) (local.get $f))))
)
