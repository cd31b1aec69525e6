;; median: sort a copy of the elements as i64 keys and take the middle one, or the mean of the two
;; middle ones (ints: their exact 65-bit sum rounded once, halved; floats: (a + b) / 2, or
;; a/2 + b/2 where the sum overflows).
(module
  (func ${fn} (param $xs i32) (result f64)
    (local $n i32) (local $k i32) (local $h i32)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $k (call $rt_alloc (i32.shl (local.get $n) (i32.const 3))))
    (if (call ${fn}__keys_{T} (local.get $xs) (local.get $k) (local.get $n)) (then (return (f64.const nan))))
    (call ${fn}__sort (local.get $k) (local.get $n))
    (local.set $h (i32.add (local.get $k) (i32.shl (i32.shr_u (local.get $n) (i32.const 1)) (i32.const 3))))
    (if (i32.and (local.get $n) (i32.const 1))
      (then (return (call ${fn}__val_{T} (i64.load (local.get $h))))))
    (call ${fn}__mid_{T} (i64.load (i32.sub (local.get $h) (i32.const 8))) (i64.load (local.get $h))))

  ;; (a + b) / 2 of two ints a <= b, exactly rounded: the sum can need 65 bits
  (func ${fn}__mid_int (param $a i64) (param $b i64) (result f64)
    (local $s i64)
    (if (i64.eq (local.get $a) (local.get $b)) (then (return (f64.convert_i64_s (local.get $a)))))
    (local.set $s (i64.add (local.get $a) (local.get $b)))
    (if (i32.and (i32.and (i64.ge_s (local.get $a) (i64.const 0)) (i64.ge_s (local.get $b) (i64.const 0))) (i64.lt_s (local.get $s) (i64.const 0)))
      (then (return (f64.mul (f64.convert_i64_u (local.get $s)) (f64.const 0.5)))))
    (if (i32.and (i32.and (i64.lt_s (local.get $a) (i64.const 0)) (i64.lt_s (local.get $b) (i64.const 0))) (i64.ge_s (local.get $s) (i64.const 0)))
      (then (return (f64.mul (f64.neg (f64.convert_i64_u (i64.sub (i64.const 0) (local.get $s)))) (f64.const 0.5)))))
    (f64.mul (f64.convert_i64_s (local.get $s)) (f64.const 0.5)))

  ;; the mean of two float keys, halving first where the sum of finite values overflows
  (func ${fn}__mid_float (param $ka i64) (param $kb i64) (result f64)
    (local $a f64) (local $b f64) (local $m f64)
    (local.set $a (call ${fn}__val_float (local.get $ka)))
    (local.set $b (call ${fn}__val_float (local.get $kb)))
    (local.set $m (f64.mul (f64.add (local.get $a) (local.get $b)) (f64.const 0.5)))
    (if (i32.and (f64.ne (f64.sub (local.get $m) (local.get $m)) (f64.const 0))
          (i32.and (f64.eq (f64.sub (local.get $a) (local.get $a)) (f64.const 0)) (f64.eq (f64.sub (local.get $b) (local.get $b)) (f64.const 0))))
      (then (return (f64.add (f64.mul (local.get $a) (f64.const 0.5)) (f64.mul (local.get $b) (f64.const 0.5))))))
    (local.get $m))

  ;; Copy the n elements of xs to keys at $k, as signed i64 keys in sort order; 1 if one is NaN.
  (func ${fn}__keys_int (param $xs i32) (param $k i32) (param $n i32) (result i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store (i32.add (local.get $k) (i32.shl (local.get $i) (i32.const 3)))
          (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))
  ;; floats: the bits, with all but the sign flipped for negatives (so -0 sorts before +0)
  (func ${fn}__keys_float (param $xs i32) (param $k i32) (param $n i32) (result i32)
    (local $i i32) (local $b i64)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $b (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (if (i64.gt_u (i64.and (local.get $b) (i64.const 0x7fffffffffffffff)) (i64.const 0x7ff0000000000000))
          (then (return (i32.const 1))))
        (i64.store (i32.add (local.get $k) (i32.shl (local.get $i) (i32.const 3)))
          (i64.xor (local.get $b) (i64.shr_u (i64.shr_s (local.get $b) (i64.const 63)) (i64.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  ;; A key back to its value, as a float.
  (func ${fn}__val_int (param $k i64) (result f64) (f64.convert_i64_s (local.get $k)))
  (func ${fn}__val_float (param $k i64) (result f64)
    (f64.reinterpret_i64 (i64.xor (local.get $k) (i64.shr_u (i64.shr_s (local.get $k) (i64.const 63)) (i64.const 1)))))

  ;; Sort n i64 keys at $a ascending (signed): insertion sort up to 32 keys, else an LSD radix
  ;; sort on bytes (8 passes at most; a pass whose byte is the same in every key is skipped).
  (func ${fn}__sort (param $a i32) (param $n i32)
    (local $i i32) (local $j i32) (local $k i64) (local $u i64) (local $tmp i32) (local $cnt i32)
    (local $c i32) (local $src i32) (local $dst i32) (local $sh i64) (local $sum i32) (local $t i32) (local $q i32)
    (if (i32.le_u (local.get $n) (i32.const 32))
      (then
        (local.set $i (i32.const 1))
        (block $done
          (loop $outer
            (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $k (i64.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3)))))
            (local.set $j (local.get $i))
            (block $placed
              (loop $shift
                (br_if $placed (i32.eqz (local.get $j)))
                (local.set $q (i32.add (local.get $a) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 3))))
                (br_if $placed (i64.le_s (i64.load (local.get $q)) (local.get $k)))
                (i64.store offset=8 (local.get $q) (i64.load (local.get $q)))
                (local.set $j (i32.sub (local.get $j) (i32.const 1)))
                (br $shift)))
            (i64.store (i32.add (local.get $a) (i32.shl (local.get $j) (i32.const 3))) (local.get $k))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $outer)))
        (return)))
    ;; already sorted?
    (local.set $i (i32.const 1))
    (block $unsorted
      (loop $check
        (br_if $unsorted (i64.gt_s
          (i64.load (i32.add (local.get $a) (i32.shl (i32.sub (local.get $i) (i32.const 1)) (i32.const 3))))
          (i64.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $check (i32.lt_u (local.get $i) (local.get $n))))
      (return))
    ;; one histogram of 256 counts per byte, all counted in one pass over the keys
    (local.set $tmp (call $rt_alloc (i32.shl (local.get $n) (i32.const 3))))
    (local.set $cnt (call $rt_alloc (i32.const 8192)))
    (local.set $i (i32.const 0))
    (loop $zero
      (v128.store (i32.add (local.get $cnt) (local.get $i)) (v128.const i64x2 0 0))
      (local.set $i (i32.add (local.get $i) (i32.const 16)))
      (br_if $zero (i32.lt_u (local.get $i) (i32.const 8192))))
    (local.set $i (i32.const 0))
    (loop $count
      (local.set $u (i64.xor (i64.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3)))) (i64.const 0x8000000000000000)))
      (local.set $sh (i64.const 0))
      (local.set $c (local.get $cnt))
      (loop $bytes
        (local.set $q (i32.add (local.get $c) (i32.shl (i32.wrap_i64 (i64.and (i64.shr_u (local.get $u) (local.get $sh)) (i64.const 255))) (i32.const 2))))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $c (i32.add (local.get $c) (i32.const 1024)))
        (local.set $sh (i64.add (local.get $sh) (i64.const 8)))
        (br_if $bytes (i64.lt_u (local.get $sh) (i64.const 64))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $count (i32.lt_u (local.get $i) (local.get $n))))
    (local.set $src (local.get $a))
    (local.set $dst (local.get $tmp))
    (local.set $sh (i64.const 0))
    (local.set $c (local.get $cnt))
    (loop $pass
      ;; skip the pass when every key has the same byte here
      (if (i32.ne (local.get $n)
            (i32.load (i32.add (local.get $c) (i32.shl (i32.wrap_i64 (i64.and (i64.shr_u
              (i64.xor (i64.load (local.get $src)) (i64.const 0x8000000000000000)) (local.get $sh)) (i64.const 255))) (i32.const 2)))))
        (then
          ;; counts to starting offsets
          (local.set $sum (i32.const 0))
          (local.set $i (i32.const 0))
          (loop $prefix
            (local.set $q (i32.add (local.get $c) (i32.shl (local.get $i) (i32.const 2))))
            (local.set $t (i32.load (local.get $q)))
            (i32.store (local.get $q) (local.get $sum))
            (local.set $sum (i32.add (local.get $sum) (local.get $t)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br_if $prefix (i32.lt_u (local.get $i) (i32.const 256))))
          (local.set $i (i32.const 0))
          (loop $scatter
            (local.set $k (i64.load (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 3)))))
            (local.set $q (i32.add (local.get $c) (i32.shl (i32.wrap_i64 (i64.and (i64.shr_u
              (i64.xor (local.get $k) (i64.const 0x8000000000000000)) (local.get $sh)) (i64.const 255))) (i32.const 2))))
            (local.set $t (i32.load (local.get $q)))
            (i32.store (local.get $q) (i32.add (local.get $t) (i32.const 1)))
            (i64.store (i32.add (local.get $dst) (i32.shl (local.get $t) (i32.const 3))) (local.get $k))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br_if $scatter (i32.lt_u (local.get $i) (local.get $n))))
          (local.set $t (local.get $src))
          (local.set $src (local.get $dst))
          (local.set $dst (local.get $t))))
      (local.set $c (i32.add (local.get $c) (i32.const 1024)))
      (local.set $sh (i64.add (local.get $sh) (i64.const 8)))
      (br_if $pass (i64.lt_u (local.get $sh) (i64.const 64))))
    ;; an odd number of passes leaves the keys in the scratch buffer
    (if (i32.ne (local.get $src) (local.get $a))
      (then
        (local.set $i (i32.const 0))
        (loop $copy
          (local.set $q (i32.shl (local.get $i) (i32.const 3)))
          (i64.store (i32.add (local.get $a) (local.get $q)) (i64.load (i32.add (local.get $src) (local.get $q))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $copy (i32.lt_u (local.get $i) (local.get $n)))))))
)
