;; fixed: exact decimal rounding of a double. |x| = m * 2^e, so |x| * 10^d = m * 5^d * 2^(e+d); N = m * 5^d
;; (< 2^100) is a little-endian bignum of 32-bit limbs. For e + d >= 0 the result is N << (e+d) exactly;
;; otherwise N is shifted right, rounding half to even from the round bit and the sticky bits below it.
;; The integer is then turned into digits by repeated division by 10^9, padded to at least d + 1
;; digits, and the point is put d digits from the end.
(module
  ;; b[0..n) *= f for f < 2^32; returns the limb count
  (func ${fn}__mul (param $b i32) (param $n i32) (param $f i64) (result i32)
    (local $i i32) (local $c i64) (local $t i64) (local $p i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 2))))
        (local.set $t (i64.add (i64.mul (i64.load32_u (local.get $p)) (local.get $f)) (local.get $c)))
        (i64.store32 (local.get $p) (local.get $t))
        (local.set $c (i64.shr_u (local.get $t) (i64.const 32)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (if (i64.ne (local.get $c) (i64.const 0))
      (then
        (i64.store32 (i32.add (local.get $b) (i32.shl (local.get $n) (i32.const 2))) (local.get $c))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))))
    (local.get $n))
  ;; b[0..n) <<= t bits; returns the limb count (b has room for n + t/32 + 1 limbs)
  (func ${fn}__shl (param $b i32) (param $n i32) (param $t i32) (result i32)
    (local $q i32) (local $r i64) (local $i i32) (local $hi i64) (local $lo i64)
    (local.set $q (i32.shr_u (local.get $t) (i32.const 5)))
    (local.set $r (i64.extend_i32_u (i32.and (local.get $t) (i32.const 31))))
    (local.set $i (local.get $n))
    (loop $next
      (local.set $hi (i64.const 0))
      (if (i32.lt_u (local.get $i) (local.get $n))
        (then (local.set $hi (i64.load32_u (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 2)))))))
      (local.set $lo (i64.const 0))
      (if (local.get $i)
        (then (local.set $lo (i64.load32_u (i32.add (local.get $b) (i32.shl (i32.sub (local.get $i) (i32.const 1)) (i32.const 2)))))))
      (i64.store32 (i32.add (local.get $b) (i32.shl (i32.add (local.get $i) (local.get $q)) (i32.const 2)))
        (i64.shr_u (i64.or (i64.shl (local.get $hi) (i64.const 32)) (local.get $lo)) (i64.sub (i64.const 32) (local.get $r))))
      (if (local.get $i)
        (then (local.set $i (i32.sub (local.get $i) (i32.const 1))) (br $next))))
    (local.set $i (i32.const 0))
    (block $done
      (loop $zero
        (br_if $done (i32.ge_u (local.get $i) (local.get $q)))
        (i32.store (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 2))) (i32.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $zero)))
    (i32.add (i32.add (local.get $n) (local.get $q)) (i32.const 1)))
  ;; the limb count without leading zero limbs
  (func ${fn}__trim (param $b i32) (param $n i32) (result i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (br_if $done (i32.load (i32.sub (i32.add (local.get $b) (i32.shl (local.get $n) (i32.const 2))) (i32.const 4))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $n))
  ;; b[0..n) /= 10^9; returns the remainder
  (func ${fn}__div (param $b i32) (param $n i32) (result i64)
    (local $rem i64) (local $cur i64) (local $p i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $b) (i32.shl (local.get $n) (i32.const 2))))
        (local.set $cur (i64.or (i64.shl (local.get $rem) (i64.const 32)) (i64.load32_u (local.get $p))))
        (i64.store32 (local.get $p) (i64.div_u (local.get $cur) (i64.const 1000000000)))
        (local.set $rem (i64.rem_u (local.get $cur) (i64.const 1000000000)))
        (br $next)))
    (local.get $rem))
  (func ${fn} (param $x f64) (param $d i64) (result i32)
    (local $dd i32) (local $bits i64) (local $neg i32) (local $ex i32) (local $frac i64) (local $m i64) (local $e i32)
    (local $b i32) (local $n i32) (local $k i32) (local $f i64) (local $t i32) (local $s i32)
    (local $lo i64) (local $hi i64) (local $qlo i64) (local $qhi i64) (local $round i32) (local $sticky i32)
    (local $dig i32) (local $end i32) (local $p i32) (local $r i64) (local $j i32) (local $len i32) (local $out i32) (local $q i32)
    (if (i64.gt_u (local.get $d) (i64.const 20)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $dd (i32.wrap_i64 (local.get $d)))
    (local.set $bits (i64.reinterpret_f64 (local.get $x)))
    (local.set $neg (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.const 63))))
    (local.set $ex (i32.wrap_i64 (i64.and (i64.shr_u (local.get $bits) (i64.const 52)) (i64.const 0x7ff))))
    (local.set $frac (i64.and (local.get $bits) (i64.const 0xFFFFFFFFFFFFF)))
    (if (i32.eq (local.get $ex) (i32.const 0x7ff))
      (then
        (if (i64.ne (local.get $frac) (i64.const 0))
          (then
            (local.set $out (call $rt_str_alloc (i32.const 3)))
            (i32.store16 offset=8 (local.get $out) (i32.const 0x616e)) ;; "na"
            (i32.store8 offset=10 (local.get $out) (i32.const 0x6e))   ;; "n"
            (return (local.get $out))))
        (local.set $out (call $rt_str_alloc (i32.add (i32.const 3) (local.get $neg))))
        (i32.store8 offset=8 (local.get $out) (i32.const 45))
        (i32.store16 offset=8 (i32.add (local.get $out) (local.get $neg)) (i32.const 0x6e69)) ;; "in"
        (i32.store8 offset=10 (i32.add (local.get $out) (local.get $neg)) (i32.const 0x66))   ;; "f"
        (return (local.get $out))))
    (if (local.get $ex)
      (then
        (local.set $m (i64.or (local.get $frac) (i64.const 0x10000000000000)))
        (local.set $e (i32.sub (local.get $ex) (i32.const 1075))))
      (else
        (local.set $m (local.get $frac))
        (local.set $e (i32.const -1074))))
    ;; N = m * 5^d in 36 zeroed limbs
    (local.set $b (call $rt_alloc (i32.const 144)))
    (local.set $k (i32.const 0))
    (block $zeroed
      (loop $zero
        (br_if $zeroed (i32.ge_u (local.get $k) (i32.const 144)))
        (v128.store (i32.add (local.get $b) (local.get $k)) (v128.const i64x2 0 0))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $zero)))
    (i64.store (local.get $b) (local.get $m))
    (local.set $n (call ${fn}__trim (local.get $b) (i32.const 2)))
    (local.set $k (local.get $dd))
    (if (i32.gt_u (local.get $k) (i32.const 13))
      (then
        (local.set $n (call ${fn}__mul (local.get $b) (local.get $n) (i64.const 1220703125))) ;; 5^13
        (local.set $k (i32.sub (local.get $k) (i32.const 13)))))
    (local.set $f (i64.const 1))
    (block $powed
      (loop $pow
        (br_if $powed (i32.eqz (local.get $k)))
        (local.set $f (i64.mul (local.get $f) (i64.const 5)))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $pow)))
    (local.set $n (call ${fn}__mul (local.get $b) (local.get $n) (local.get $f)))
    ;; times 2^(e + d)
    (local.set $t (i32.add (local.get $e) (local.get $dd)))
    (if (i32.ge_s (local.get $t) (i32.const 0))
      (then (local.set $n (call ${fn}__shl (local.get $b) (local.get $n) (local.get $t))))
      (else
        (local.set $s (i32.sub (i32.const 0) (local.get $t)))
        (if (i32.gt_u (local.get $s) (i32.const 110))
          (then (local.set $n (i32.const 0))) ;; N / 2^s < 2^-10: rounds to 0
          (else
            (local.set $lo (i64.load (local.get $b)))
            (local.set $hi (i64.load offset=8 (local.get $b)))
            (block $split
              (if (i32.lt_u (local.get $s) (i32.const 64))
                (then
                  (local.set $qlo (i64.or (i64.shr_u (local.get $lo) (i64.extend_i32_u (local.get $s)))
                                          (i64.shl (local.get $hi) (i64.extend_i32_u (i32.sub (i32.const 64) (local.get $s))))))
                  (local.set $qhi (i64.shr_u (local.get $hi) (i64.extend_i32_u (local.get $s))))
                  (local.set $round (i32.wrap_i64 (i64.and (i64.shr_u (local.get $lo) (i64.extend_i32_u (i32.sub (local.get $s) (i32.const 1)))) (i64.const 1))))
                  (local.set $sticky (i64.ne (i64.and (local.get $lo)
                    (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.sub (local.get $s) (i32.const 1)))) (i64.const 1))) (i64.const 0)))
                  (br $split)))
              (if (i32.eq (local.get $s) (i32.const 64))
                (then
                  (local.set $qlo (local.get $hi))
                  (local.set $qhi (i64.const 0))
                  (local.set $round (i32.wrap_i64 (i64.shr_u (local.get $lo) (i64.const 63))))
                  (local.set $sticky (i64.ne (i64.shl (local.get $lo) (i64.const 1)) (i64.const 0)))
                  (br $split)))
              ;; 64 < s <= 110
              (local.set $qlo (i64.shr_u (local.get $hi) (i64.extend_i32_u (i32.sub (local.get $s) (i32.const 64)))))
              (local.set $qhi (i64.const 0))
              (local.set $round (i32.wrap_i64 (i64.and (i64.shr_u (local.get $hi) (i64.extend_i32_u (i32.sub (local.get $s) (i32.const 65)))) (i64.const 1))))
              (local.set $sticky (i32.or (i64.ne (local.get $lo) (i64.const 0))
                (i64.ne (i64.and (local.get $hi)
                  (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.sub (local.get $s) (i32.const 65)))) (i64.const 1))) (i64.const 0)))))
            (if (i32.and (local.get $round)
                  (i32.or (local.get $sticky) (i32.wrap_i64 (i64.and (local.get $qlo) (i64.const 1)))))
              (then
                (local.set $qlo (i64.add (local.get $qlo) (i64.const 1)))
                (if (i64.eqz (local.get $qlo)) (then (local.set $qhi (i64.add (local.get $qhi) (i64.const 1)))))))
            (i64.store (local.get $b) (local.get $qlo))
            (i64.store offset=8 (local.get $b) (local.get $qhi))
            (local.set $n (i32.const 4))))))
    (local.set $n (call ${fn}__trim (local.get $b) (local.get $n)))
    ;; decimal digits, written backwards in 9-digit chunks
    (local.set $dig (call $rt_alloc (i32.const 352)))
    (local.set $end (i32.add (local.get $dig) (i32.const 352)))
    (local.set $p (local.get $end))
    (block $converted
      (loop $chunk
        (br_if $converted (i32.eqz (local.get $n)))
        (local.set $r (call ${fn}__div (local.get $b) (local.get $n)))
        (local.set $n (call ${fn}__trim (local.get $b) (local.get $n)))
        (local.set $j (i32.const 9))
        (loop $digit
          (local.set $p (i32.sub (local.get $p) (i32.const 1)))
          (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $r) (i64.const 10)))))
          (local.set $r (i64.div_u (local.get $r) (i64.const 10)))
          (local.set $j (i32.sub (local.get $j) (i32.const 1)))
          (br_if $digit (local.get $j)))
        (br $chunk)))
    ;; exactly max(significant digits, d + 1) digits
    (block $stripped
      (loop $strip
        (br_if $stripped (i32.le_u (i32.sub (local.get $end) (local.get $p)) (i32.add (local.get $dd) (i32.const 1))))
        (br_if $stripped (i32.ne (i32.load8_u (local.get $p)) (i32.const 48)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $strip)))
    (block $padded
      (loop $pad
        (br_if $padded (i32.ge_u (i32.sub (local.get $end) (local.get $p)) (i32.add (local.get $dd) (i32.const 1))))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (i32.store8 (local.get $p) (i32.const 48))
        (br $pad)))
    ;; sign, integer digits, point, decimals
    (local.set $len (i32.add (i32.add (local.get $neg) (i32.sub (local.get $end) (local.get $p))) (i32.ne (local.get $dd) (i32.const 0))))
    (local.set $out (call $rt_str_alloc (local.get $len)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (if (local.get $neg)
      (then (i32.store8 (local.get $q) (i32.const 45)) (local.set $q (i32.add (local.get $q) (i32.const 1)))))
    (local.set $k (i32.sub (i32.sub (local.get $end) (local.get $p)) (local.get $dd)))
    (block $ints
      (loop $int
        (br_if $ints (i32.eqz (local.get $k)))
        (i32.store8 (local.get $q) (i32.load8_u (local.get $p)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $int)))
    (if (local.get $dd)
      (then
        (i32.store8 (local.get $q) (i32.const 46))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (block $fracs
          (loop $fracd
            (br_if $fracs (i32.ge_u (local.get $p) (local.get $end)))
            (i32.store8 (local.get $q) (i32.load8_u (local.get $p)))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $fracd)))))
    (local.get $out)))
