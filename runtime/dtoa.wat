;; A float's shortest round-trip decimal, written as Python's repr writes it (1.5, 0.0001, 1e+16,
;; 1.5e-05, 123.0 less its ".0", which rt_sb_float adds): what the JS host's fmt_f64 writes, for
;; modules that run without JS (the WASI shim, wasi.wat). The digits come from Steele & White's
;; free-format algorithm as Burger & Dybvig state it, on exact big integers: the fewest digits that
;; read back as the same float, and of those the closest; the ends of the float's rounding interval
;; count when its significand is even, as a round-half-even reader takes them.
;; Big integers here are 40 little-endian u32 limbs (1280 bits; the largest value the algorithm
;; makes, r * 10 for a subnormal, needs about 1090).
(module
  (import "link" "memory" (memory $memory 1))
  (import "rt" "rt_alloc" (func $rt_alloc (param i32) (result i32)))

  ;; Writes x's text at out (at most 32 bytes) and gives its length. x is finite; -0.0 writes "0".
  (func $dtoa (param $x f64) (param $out i32) (result i32)
    (local $bits i64) (local $be i32) (local $f i64) (local $e i32) (local $even i32) (local $close i32)
    (local $r i32) (local $s i32) (local $mp i32) (local $mm i32) (local $t i32)
    (local $k i32) (local $digits i32) (local $n i32) (local $d i32) (local $low i32) (local $high i32)
    (local $p i32)
    (local.set $p (local.get $out))
    (if (f64.eq (local.get $x) (f64.const 0))
      (then (i32.store8 (local.get $out) (i32.const 48)) (return (i32.const 1))))
    (if (f64.lt (local.get $x) (f64.const 0))
      (then
        (i32.store8 (local.get $p) (i32.const 45))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $x (f64.neg (local.get $x)))))
    ;; x = f * 2^e, f an integer; `close`: the float below is nearer than the one above (f is a
    ;; power of two past the smallest normal exponent), so the interval's lower half is narrower
    (local.set $bits (i64.reinterpret_f64 (local.get $x)))
    (local.set $be (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.const 52))))
    (local.set $f (i64.and (local.get $bits) (i64.const 0xfffffffffffff)))
    (local.set $close (i32.and (i32.gt_u (local.get $be) (i32.const 1)) (i64.eqz (local.get $f))))
    (if (i32.eqz (local.get $be))
      (then (local.set $e (i32.const -1074)))
      (else
        (local.set $f (i64.or (local.get $f) (i64.const 0x10000000000000)))
        (local.set $e (i32.sub (local.get $be) (i32.const 1075)))))
    (local.set $even (i64.eqz (i64.and (local.get $f) (i64.const 1))))
    (local.set $r (call $rt_alloc (i32.const 832)))
    (local.set $s (i32.add (local.get $r) (i32.const 160)))
    (local.set $mp (i32.add (local.get $r) (i32.const 320)))
    (local.set $mm (i32.add (local.get $r) (i32.const 480)))
    (local.set $t (i32.add (local.get $r) (i32.const 640)))
    ;; x = r / s, and the rounding interval is (r - mm, r + mp) / s
    (call $dtoa__set (local.get $r) (local.get $f))
    (call $dtoa__set (local.get $s) (i64.const 1))
    (call $dtoa__set (local.get $mp) (i64.const 1))
    (call $dtoa__set (local.get $mm) (i64.const 1))
    (if (i32.ge_s (local.get $e) (i32.const 0))
      (then
        (call $dtoa__shl (local.get $r) (i32.add (i32.add (local.get $e) (i32.const 1)) (local.get $close)))
        (call $dtoa__shl (local.get $s) (i32.add (i32.const 1) (local.get $close)))
        (call $dtoa__shl (local.get $mp) (i32.add (local.get $e) (local.get $close)))
        (call $dtoa__shl (local.get $mm) (local.get $e)))
      (else
        (call $dtoa__shl (local.get $r) (i32.add (i32.const 1) (local.get $close)))
        (call $dtoa__shl (local.get $s) (i32.add (i32.sub (i32.const 1) (local.get $e)) (local.get $close)))
        (call $dtoa__shl (local.get $mp) (local.get $close))))
    ;; k: the decimal exponent, 10^(k-1) <= high end < 10^k; first from the binary exponent
    ;; (never above the true one), then corrected either way
    (local.set $k (i32.trunc_f64_s (f64.ceil (f64.sub
      (f64.mul (f64.convert_i32_s (i32.sub (i32.add (local.get $e) (i32.const 63)) (i32.wrap_i64 (i64.clz (local.get $f)))))
               (f64.const 0.30102999566398114))
      (f64.const 1e-10)))))
    (if (i32.ge_s (local.get $k) (i32.const 0))
      (then (call $dtoa__pow10 (local.get $s) (local.get $k)))
      (else
        (call $dtoa__pow10 (local.get $r) (i32.sub (i32.const 0) (local.get $k)))
        (call $dtoa__pow10 (local.get $mp) (i32.sub (i32.const 0) (local.get $k)))
        (call $dtoa__pow10 (local.get $mm) (i32.sub (i32.const 0) (local.get $k)))))
    (block $up_done (loop $up
      (call $dtoa__add (local.get $t) (local.get $r) (local.get $mp))
      (br_if $up_done (i32.eqz (call $dtoa__past (local.get $t) (local.get $s) (local.get $even))))
      (call $dtoa__mul (local.get $s) (i32.const 10))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $up)))
    (block $down_done (loop $down
      (call $dtoa__add (local.get $t) (local.get $r) (local.get $mp))
      (call $dtoa__mul (local.get $t) (i32.const 10))
      (br_if $down_done (call $dtoa__past (local.get $t) (local.get $s) (local.get $even)))
      (call $dtoa__mul (local.get $r) (i32.const 10))
      (call $dtoa__mul (local.get $mp) (i32.const 10))
      (call $dtoa__mul (local.get $mm) (i32.const 10))
      (local.set $k (i32.sub (local.get $k) (i32.const 1)))
      (br $down)))
    ;; digits, until the rest of the interval holds a shorter decimal: at most 17
    (local.set $digits (i32.add (local.get $r) (i32.const 800)))
    (block $done (loop $next
      (call $dtoa__mul (local.get $r) (i32.const 10))
      (call $dtoa__mul (local.get $mp) (i32.const 10))
      (call $dtoa__mul (local.get $mm) (i32.const 10))
      (local.set $d (i32.const 0))
      (block $q (loop $more
        (br_if $q (i32.lt_s (call $dtoa__cmp (local.get $r) (local.get $s)) (i32.const 0)))
        (call $dtoa__sub (local.get $r) (local.get $s))
        (local.set $d (i32.add (local.get $d) (i32.const 1)))
        (br $more)))
      ;; low: r is within the lower half-interval, so d ends it; high: d + 1 does
      (local.set $low (call $dtoa__past (local.get $mm) (local.get $r) (local.get $even)))
      (call $dtoa__add (local.get $t) (local.get $r) (local.get $mp))
      (local.set $high (call $dtoa__past (local.get $t) (local.get $s) (local.get $even)))
      (if (i32.and (local.get $low) (local.get $high))
        (then
          ;; both end it: the nearer (2r against s), and on a tie the even digit, as JS and Python do
          (call $dtoa__add (local.get $t) (local.get $r) (local.get $r))
          (local.set $low (call $dtoa__cmp (local.get $t) (local.get $s)))
          (local.set $low (i32.or (i32.lt_s (local.get $low) (i32.const 0))
            (i32.and (i32.eqz (local.get $low)) (i32.eqz (i32.and (local.get $d) (i32.const 1))))))
          (local.set $high (i32.eqz (local.get $low)))))
      (i32.store8 (i32.add (local.get $digits) (local.get $n)) (i32.add (i32.const 48) (i32.add (local.get $d) (i32.and (local.get $high) (i32.eqz (local.get $low))))))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $done (i32.or (local.get $low) (local.get $high)))
      (br $next)))
    (i32.sub (i32.add (local.get $p) (call $dtoa__layout (local.get $p) (local.get $digits) (local.get $n) (i32.sub (local.get $k) (i32.const 1))))
      (local.get $out)))

  ;; The digits d1…dn of d1.d2…dn × 10^e at out, as Python's repr lays them out: positional for
  ;; -4 <= e < 16 (1234.5, 0.00012, 1e15 as 1000000000000000), else 1.5e+16, 1e-05. Gives the length.
  (func $dtoa__layout (param $out i32) (param $digits i32) (param $n i32) (param $e i32) (result i32)
    (local $p i32) (local $i i32) (local $a i32)
    (local.set $p (local.get $out))
    (if (i32.and (i32.ge_s (local.get $e) (i32.const -4)) (i32.lt_s (local.get $e) (i32.const 16)))
      (then
        (if (i32.lt_s (local.get $e) (i32.const 0))
          (then
            ;; 0.000ddd
            (i32.store16 (local.get $p) (i32.const 0x2e30))
            (local.set $p (i32.add (local.get $p) (i32.const 2)))
            (memory.fill (local.get $p) (i32.const 48) (i32.sub (i32.const -1) (local.get $e)))
            (local.set $p (i32.add (local.get $p) (i32.sub (i32.const -1) (local.get $e))))
            (memory.copy (local.get $p) (local.get $digits) (local.get $n))
            (return (i32.sub (i32.add (local.get $p) (local.get $n)) (local.get $out)))))
        (if (i32.le_s (local.get $n) (i32.add (local.get $e) (i32.const 1)))
          (then
            ;; ddd000: an integral value
            (memory.copy (local.get $p) (local.get $digits) (local.get $n))
            (memory.fill (i32.add (local.get $p) (local.get $n)) (i32.const 48) (i32.sub (i32.add (local.get $e) (i32.const 1)) (local.get $n)))
            (return (i32.add (local.get $e) (i32.const 1)))))
        ;; dd.ddd
        (memory.copy (local.get $p) (local.get $digits) (i32.add (local.get $e) (i32.const 1)))
        (i32.store8 (i32.add (local.get $p) (i32.add (local.get $e) (i32.const 1))) (i32.const 46))
        (memory.copy (i32.add (local.get $p) (i32.add (local.get $e) (i32.const 2)))
          (i32.add (local.get $digits) (i32.add (local.get $e) (i32.const 1)))
          (i32.sub (local.get $n) (i32.add (local.get $e) (i32.const 1))))
        (return (i32.add (local.get $n) (i32.const 1)))))
    ;; d.ddde±XX
    (i32.store8 (local.get $p) (i32.load8_u (local.get $digits)))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (if (i32.gt_u (local.get $n) (i32.const 1))
      (then
        (i32.store8 (local.get $p) (i32.const 46))
        (memory.copy (i32.add (local.get $p) (i32.const 1)) (i32.add (local.get $digits) (i32.const 1)) (i32.sub (local.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (local.get $n)))))
    (i32.store8 (local.get $p) (i32.const 101))
    (i32.store8 offset=1 (local.get $p) (select (i32.const 45) (i32.const 43) (i32.lt_s (local.get $e) (i32.const 0))))
    (local.set $p (i32.add (local.get $p) (i32.const 2)))
    (local.set $a (select (i32.sub (i32.const 0) (local.get $e)) (local.get $e) (i32.lt_s (local.get $e) (i32.const 0))))
    (if (i32.ge_u (local.get $a) (i32.const 100))
      (then
        (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.div_u (local.get $a) (i32.const 100))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))))
    (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.rem_u (i32.div_u (local.get $a) (i32.const 10)) (i32.const 10))))
    (i32.store8 offset=1 (local.get $p) (i32.add (i32.const 48) (i32.rem_u (local.get $a) (i32.const 10))))
    (i32.sub (i32.add (local.get $p) (i32.const 2)) (local.get $out)))

  ;; a = v
  (func $dtoa__set (param $a i32) (param $v i64)
    (memory.fill (local.get $a) (i32.const 0) (i32.const 160))
    (i64.store (local.get $a) (local.get $v)))

  ;; a = a * 2^n
  (func $dtoa__shl (param $a i32) (param $n i32)
    (local $words i32) (local $bits i32) (local $i i32) (local $v i64)
    (local.set $words (i32.shr_u (local.get $n) (i32.const 5)))
    (local.set $bits (i32.and (local.get $n) (i32.const 31)))
    (local.set $i (i32.const 39))
    (block $done (loop $next
      (br_if $done (i32.lt_s (local.get $i) (i32.const 0)))
      ;; limb i takes bits from limbs i - words and i - words - 1
      (local.set $v (i64.const 0))
      (if (i32.ge_s (i32.sub (local.get $i) (local.get $words)) (i32.const 0))
        (then (local.set $v (i64.shl (i64.load32_u (i32.add (local.get $a) (i32.shl (i32.sub (local.get $i) (local.get $words)) (i32.const 2))))
                                     (i64.extend_i32_u (local.get $bits))))))
      (if (i32.ge_s (i32.sub (i32.sub (local.get $i) (local.get $words)) (i32.const 1)) (i32.const 0))
        (then (local.set $v (i64.or (local.get $v)
          (i64.shr_u (i64.shl (i64.load32_u (i32.add (local.get $a) (i32.shl (i32.sub (i32.sub (local.get $i) (local.get $words)) (i32.const 1)) (i32.const 2))))
                              (i64.extend_i32_u (local.get $bits)))
                     (i64.const 32))))))
      (i32.store (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))) (i32.wrap_i64 (local.get $v)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br $next))))

  ;; a = a * m
  (func $dtoa__mul (param $a i32) (param $m i32)
    (local $i i32) (local $carry i64) (local $v i64) (local $at i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (i32.const 40)))
      (local.set $at (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))
      (local.set $v (i64.add (i64.mul (i64.load32_u (local.get $at)) (i64.extend_i32_u (local.get $m))) (local.get $carry)))
      (i32.store (local.get $at) (i32.wrap_i64 (local.get $v)))
      (local.set $carry (i64.shr_u (local.get $v) (i64.const 32)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next))))

  ;; a = a * 10^k
  (func $dtoa__pow10 (param $a i32) (param $k i32)
    (block $done (loop $next
      (br_if $done (i32.lt_s (local.get $k) (i32.const 9)))
      (call $dtoa__mul (local.get $a) (i32.const 1000000000))
      (local.set $k (i32.sub (local.get $k) (i32.const 9)))
      (br $next)))
    (block $small (loop $one
      (br_if $small (i32.le_s (local.get $k) (i32.const 0)))
      (call $dtoa__mul (local.get $a) (i32.const 10))
      (local.set $k (i32.sub (local.get $k) (i32.const 1)))
      (br $one))))

  ;; dst = a + b (dst may be a or b)
  (func $dtoa__add (param $dst i32) (param $a i32) (param $b i32)
    (local $i i32) (local $v i64) (local $o i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (i32.const 160)))
      (local.set $v (i64.add (i64.add (i64.load32_u (i32.add (local.get $a) (local.get $i))) (i64.load32_u (i32.add (local.get $b) (local.get $i))))
                             (i64.shr_u (local.get $v) (i64.const 32))))
      (i32.store (i32.add (local.get $dst) (local.get $i)) (i32.wrap_i64 (local.get $v)))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br $next))))

  ;; a = a - b, for a >= b
  (func $dtoa__sub (param $a i32) (param $b i32)
    (local $i i32) (local $v i64) (local $borrow i64)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (i32.const 160)))
      (local.set $v (i64.sub (i64.sub (i64.load32_u (i32.add (local.get $a) (local.get $i))) (i64.load32_u (i32.add (local.get $b) (local.get $i))))
                             (local.get $borrow)))
      (i32.store (i32.add (local.get $a) (local.get $i)) (i32.wrap_i64 (local.get $v)))
      (local.set $borrow (i64.shr_u (local.get $v) (i64.const 63)))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br $next))))

  ;; -1, 0 or 1 as a <, = or > b
  (func $dtoa__cmp (param $a i32) (param $b i32) (result i32)
    (local $i i32) (local $x i32) (local $y i32)
    (local.set $i (i32.const 156))
    (block $done (loop $next
      (br_if $done (i32.lt_s (local.get $i) (i32.const 0)))
      (local.set $x (i32.load (i32.add (local.get $a) (local.get $i))))
      (local.set $y (i32.load (i32.add (local.get $b) (local.get $i))))
      (if (i32.ne (local.get $x) (local.get $y)) (then (return (select (i32.const -1) (i32.const 1) (i32.lt_u (local.get $x) (local.get $y))))))
      (local.set $i (i32.sub (local.get $i) (i32.const 4)))
      (br $next)))
    (i32.const 0))

  ;; a >= b when `inclusive`, else a > b
  (func $dtoa__past (param $a i32) (param $b i32) (param $inclusive i32) (result i32)
    (i32.ge_s (call $dtoa__cmp (local.get $a) (local.get $b)) (i32.sub (i32.const 1) (local.get $inclusive))))
)
