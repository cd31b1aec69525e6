;; float over str: parse a decimal float, correctly rounded (round half to even), like Python's float():
;; surrounding ASCII whitespace, an optional sign, digits with an optional point (at least one digit),
;; an optional exponent, or inf / infinity / nan in any case. Faults with argument on anything else.
;; Fast paths are exact (Clinger): up to 19 digits with no scaling, or a mantissa <= 2^53 times or divided
;; by an exact power of ten <= 1e22. Otherwise the digits go into a decimal buffer that is shifted by
;; powers of two until the binary exponent and 53 rounded bits are known (the algorithm of Go's
;; strconv decimal.go: 800 digits plus a flag for truncated nonzero digits are enough to round right).
(module
  (import "link" "${fn}_data" (global ${fn}_data i32))
  ;; 1e0 .. 1e22 as f64 at 0; Go's powtab (binary shift for a decimal point shift) as i32 at 184
  (data (i32.const 0)
    "\00\00\00\00\00\00\f0\3f\00\00\00\00\00\00\24\40\00\00\00\00\00\00\59\40\00\00\00\00\00\40\8f\40"
    "\00\00\00\00\00\88\c3\40\00\00\00\00\00\6a\f8\40\00\00\00\00\80\84\2e\41\00\00\00\00\d0\12\63\41"
    "\00\00\00\00\84\d7\97\41\00\00\00\00\65\cd\cd\41\00\00\00\20\5f\a0\02\42\00\00\00\e8\76\48\37\42"
    "\00\00\00\a2\94\1a\6d\42\00\00\40\e5\9c\30\a2\42\00\00\90\1e\c4\bc\d6\42\00\00\34\26\f5\6b\0c\43"
    "\00\80\e0\37\79\c3\41\43\00\a0\d8\85\57\34\76\43\00\c8\4e\67\6d\c1\ab\43\00\3d\91\60\e4\58\e1\43"
    "\40\8c\b5\78\1d\af\15\44\50\ef\e2\d6\e4\1a\4b\44\92\d5\4d\06\cf\f0\80\44\01\00\00\00\03\00\00\00"
    "\06\00\00\00\09\00\00\00\0d\00\00\00\10\00\00\00\13\00\00\00\17\00\00\00\1a\00\00\00")

  ;; The decimal buffer b: [nd i32][dp i32][trunc i32][pad i32][digits 0..9, one per byte, 820 used].
  ;; Its value is 0.d[0]d[1]...d[nd-1] * 10^dp.

  ;; drop trailing zero digits
  (func ${fn}__trim (param $b i32)
    (local $nd i32)
    (local.set $nd (i32.load (local.get $b)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $nd)))
        (br_if $done (i32.load8_u offset=15 (i32.add (local.get $b) (local.get $nd))))
        (local.set $nd (i32.sub (local.get $nd) (i32.const 1)))
        (br $next)))
    (i32.store (local.get $b) (local.get $nd)))

  ;; b = b / 2^k, 1 <= k <= 60
  (func ${fn}__rshift (param $b i32) (param $k i32)
    (local $nd i32) (local $r i32) (local $w i32) (local $n i64) (local $kk i64) (local $mask i64) (local $dig i64) (local $c i64)
    (local.set $nd (i32.load (local.get $b)))
    (local.set $kk (i64.extend_i32_u (local.get $k)))
    ;; pick up enough leading digits to cover the first shift
    (block $picked
      (loop $pick
        (br_if $picked (i64.ne (i64.shr_u (local.get $n) (local.get $kk)) (i64.const 0)))
        (if (i32.ge_s (local.get $r) (local.get $nd))
          (then
            (if (i64.eqz (local.get $n)) (then (i32.store (local.get $b) (i32.const 0)) (return)))
            (block $enough
              (loop $more
                (br_if $enough (i64.ne (i64.shr_u (local.get $n) (local.get $kk)) (i64.const 0)))
                (local.set $n (i64.mul (local.get $n) (i64.const 10)))
                (local.set $r (i32.add (local.get $r) (i32.const 1)))
                (br $more)))
            (br $picked)))
        (local.set $n (i64.add (i64.mul (local.get $n) (i64.const 10))
                               (i64.load8_u offset=16 (i32.add (local.get $b) (local.get $r)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $pick)))
    (i32.store offset=4 (local.get $b) (i32.sub (i32.load offset=4 (local.get $b)) (i32.sub (local.get $r) (i32.const 1))))
    (local.set $mask (i64.sub (i64.shl (i64.const 1) (local.get $kk)) (i64.const 1)))
    ;; pick up a digit, put down a digit
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $r) (local.get $nd)))
        (local.set $c (i64.load8_u offset=16 (i32.add (local.get $b) (local.get $r))))
        (local.set $dig (i64.shr_u (local.get $n) (local.get $kk)))
        (local.set $n (i64.and (local.get $n) (local.get $mask)))
        (i64.store8 offset=16 (i32.add (local.get $b) (local.get $w)) (local.get $dig))
        (local.set $w (i32.add (local.get $w) (i32.const 1)))
        (local.set $n (i64.add (i64.mul (local.get $n) (i64.const 10)) (local.get $c)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $next)))
    ;; put down the extra digits
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $dig (i64.shr_u (local.get $n) (local.get $kk)))
        (local.set $n (i64.and (local.get $n) (local.get $mask)))
        (if (i32.lt_s (local.get $w) (i32.const 800))
          (then
            (i64.store8 offset=16 (i32.add (local.get $b) (local.get $w)) (local.get $dig))
            (local.set $w (i32.add (local.get $w) (i32.const 1))))
          (else (if (i64.ne (local.get $dig) (i64.const 0)) (then (i32.store offset=8 (local.get $b) (i32.const 1))))))
        (local.set $n (i64.mul (local.get $n) (i64.const 10)))
        (br $next)))
    (i32.store (local.get $b) (local.get $w))
    (call ${fn}__trim (local.get $b)))

  ;; b = b * 2^k, 1 <= k <= 60: digits are written from the right, 19 places further on (2^60 adds at
  ;; most 19 digits), so no digit is overwritten before it is read; then moved back to the start
  (func ${fn}__lshift (param $b i32) (param $k i32)
    (local $nd i32) (local $r i32) (local $pos i32) (local $start i32) (local $total i32) (local $newnd i32) (local $i i32)
    (local $n i64) (local $q i64) (local $kk i64)
    (local.set $nd (i32.load (local.get $b)))
    (local.set $kk (i64.extend_i32_u (local.get $k)))
    (local.set $r (i32.sub (local.get $nd) (i32.const 1)))
    (local.set $pos (i32.add (local.get $nd) (i32.const 18)))
    (block $done
      (loop $next
        (br_if $done (i32.lt_s (local.get $r) (i32.const 0)))
        (local.set $n (i64.add (local.get $n)
          (i64.shl (i64.load8_u offset=16 (i32.add (local.get $b) (local.get $r))) (local.get $kk))))
        (local.set $q (i64.div_u (local.get $n) (i64.const 10)))
        (i64.store8 offset=16 (i32.add (local.get $b) (local.get $pos)) (i64.sub (local.get $n) (i64.mul (local.get $q) (i64.const 10))))
        (local.set $n (local.get $q))
        (local.set $pos (i32.sub (local.get $pos) (i32.const 1)))
        (local.set $r (i32.sub (local.get $r) (i32.const 1)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $q (i64.div_u (local.get $n) (i64.const 10)))
        (i64.store8 offset=16 (i32.add (local.get $b) (local.get $pos)) (i64.sub (local.get $n) (i64.mul (local.get $q) (i64.const 10))))
        (local.set $n (local.get $q))
        (local.set $pos (i32.sub (local.get $pos) (i32.const 1)))
        (br $next)))
    (local.set $start (i32.add (local.get $pos) (i32.const 1)))
    (local.set $total (i32.sub (i32.add (local.get $nd) (i32.const 19)) (local.get $start)))
    (local.set $newnd (select (local.get $total) (i32.const 800) (i32.lt_s (local.get $total) (i32.const 800))))
    ;; digits past 800 are dropped; remember if any was nonzero
    (local.set $i (local.get $newnd))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $total)))
        (if (i32.load8_u offset=16 (i32.add (local.get $b) (i32.add (local.get $start) (local.get $i))))
          (then (i32.store offset=8 (local.get $b) (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (if (i32.gt_s (local.get $start) (i32.const 0))
      (then
        (local.set $i (i32.const 0))
        (block $done
          (loop $next
            (br_if $done (i32.ge_s (local.get $i) (local.get $newnd)))
            (i32.store8 offset=16 (i32.add (local.get $b) (local.get $i))
              (i32.load8_u offset=16 (i32.add (local.get $b) (i32.add (local.get $start) (local.get $i)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))))
    (i32.store offset=4 (local.get $b) (i32.add (i32.load offset=4 (local.get $b)) (i32.sub (local.get $total) (local.get $nd))))
    (i32.store (local.get $b) (local.get $newnd))
    (call ${fn}__trim (local.get $b)))

  ;; b = b * 2^k for any k, in steps of at most 60
  (func ${fn}__shift (param $b i32) (param $k i32)
    (if (i32.eqz (i32.load (local.get $b))) (then (return)))
    (block $done
      (loop $next
        (br_if $done (i32.le_s (local.get $k) (i32.const 60)))
        (call ${fn}__lshift (local.get $b) (i32.const 60))
        (local.set $k (i32.sub (local.get $k) (i32.const 60)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $k) (i32.const -60)))
        (call ${fn}__rshift (local.get $b) (i32.const 60))
        (local.set $k (i32.add (local.get $k) (i32.const 60)))
        (br $next)))
    (if (i32.gt_s (local.get $k) (i32.const 0)) (then (call ${fn}__lshift (local.get $b) (local.get $k))))
    (if (i32.lt_s (local.get $k) (i32.const 0)) (then (call ${fn}__rshift (local.get $b) (i32.sub (i32.const 0) (local.get $k))))))

  ;; the binary shift for a decimal point shift of |dp| (Go's powtab, 27 from 9 on)
  (func ${fn}__powtab (param $dp i32) (result i32)
    (if (i32.ge_u (local.get $dp) (i32.const 9)) (then (return (i32.const 27))))
    (i32.load offset=184 (i32.add (global.get ${fn}_data) (i32.shl (local.get $dp) (i32.const 2)))))

  ;; the nearest double to the (positive, nonzero) value of b, whose dp is within [-330, 310]
  (func ${fn}__bits (param $b i32) (result f64)
    (local $exp i32) (local $n i32) (local $dp i32) (local $nd i32) (local $i i32) (local $mant i64) (local $up i32) (local $d i32)
    (block $down
      (loop $next
        (local.set $dp (i32.load offset=4 (local.get $b)))
        (br_if $down (i32.le_s (local.get $dp) (i32.const 0)))
        (local.set $n (call ${fn}__powtab (local.get $dp)))
        (call ${fn}__shift (local.get $b) (i32.sub (i32.const 0) (local.get $n)))
        (local.set $exp (i32.add (local.get $exp) (local.get $n)))
        (br $next)))
    (block $up
      (loop $next
        (local.set $dp (i32.load offset=4 (local.get $b)))
        (br_if $up (i32.and (i32.ge_s (local.get $dp) (i32.const 0))
                            (i32.or (i32.gt_s (local.get $dp) (i32.const 0)) (i32.ge_u (i32.load8_u offset=16 (local.get $b)) (i32.const 5)))))
        (local.set $n (call ${fn}__powtab (i32.sub (i32.const 0) (local.get $dp))))
        (call ${fn}__shift (local.get $b) (local.get $n))
        (local.set $exp (i32.sub (local.get $exp) (local.get $n)))
        (br $next)))
    ;; the value is in [0.5, 1): the float exponent is one less
    (local.set $exp (i32.sub (local.get $exp) (i32.const 1)))
    (if (i32.lt_s (local.get $exp) (i32.const -1022))
      (then
        (local.set $n (i32.sub (i32.const -1022) (local.get $exp)))
        (call ${fn}__shift (local.get $b) (i32.sub (i32.const 0) (local.get $n)))
        (local.set $exp (i32.add (local.get $exp) (local.get $n)))))
    (if (i32.ge_s (local.get $exp) (i32.const 1024)) (then (return (f64.const inf))))
    ;; 53 bits, rounded half to even (a truncated tail counts as above half)
    (call ${fn}__shift (local.get $b) (i32.const 53))
    (local.set $dp (i32.load offset=4 (local.get $b)))
    (local.set $nd (i32.load (local.get $b)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $dp)))
        (local.set $d (select (i32.load8_u offset=16 (i32.add (local.get $b) (local.get $i))) (i32.const 0) (i32.lt_s (local.get $i) (local.get $nd))))
        (local.set $mant (i64.add (i64.mul (local.get $mant) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (if (i32.and (i32.ge_s (local.get $dp) (i32.const 0)) (i32.lt_s (local.get $dp) (local.get $nd)))
      (then
        (local.set $d (i32.load8_u offset=16 (i32.add (local.get $b) (local.get $dp))))
        (if (i32.and (i32.eq (local.get $d) (i32.const 5)) (i32.eq (i32.add (local.get $dp) (i32.const 1)) (local.get $nd)))
          (then
            ;; exactly half: up if truncated, else to even
            (local.set $up (i32.or (i32.load offset=8 (local.get $b))
              (i32.and (i32.gt_s (local.get $dp) (i32.const 0))
                       (i32.and (i32.load8_u offset=15 (i32.add (local.get $b) (local.get $dp))) (i32.const 1))))))
          (else (local.set $up (i32.ge_u (local.get $d) (i32.const 5)))))))
    (local.set $mant (i64.add (local.get $mant) (i64.extend_i32_u (local.get $up))))
    (if (i64.eq (local.get $mant) (i64.const 0x20000000000000))
      (then
        (local.set $mant (i64.shr_u (local.get $mant) (i64.const 1)))
        (local.set $exp (i32.add (local.get $exp) (i32.const 1)))
        (if (i32.ge_s (local.get $exp) (i32.const 1024)) (then (return (f64.const inf))))))
    ;; no implicit bit: a subnormal
    (if (i64.eqz (i64.and (local.get $mant) (i64.const 0x10000000000000)))
      (then (local.set $exp (i32.const -1023))))
    (f64.reinterpret_i64 (i64.or (i64.and (local.get $mant) (i64.const 0xFFFFFFFFFFFFF))
                                 (i64.shl (i64.extend_i32_u (i32.add (local.get $exp) (i32.const 1023))) (i64.const 52)))))

  (func ${fn}__ws (param $c i32) (result i32)
    (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))

  ;; the three bytes at p, lower-cased, as one i32 (little-endian), for matching "inf" and "nan"
  (func ${fn}__low3 (param $p i32) (result i32)
    (i32.or
      (i32.or (i32.or (i32.load8_u (local.get $p)) (i32.const 0x20))
              (i32.shl (i32.or (i32.load8_u offset=1 (local.get $p)) (i32.const 0x20)) (i32.const 8)))
      (i32.shl (i32.or (i32.load8_u offset=2 (local.get $p)) (i32.const 0x20)) (i32.const 16))))

  (func ${fn} (param $s i32) (result f64)
    (local $p i32) (local $end i32) (local $c i32) (local $neg i32) (local $n i32) (local $mstart i32) (local $mend i32)
    (local $nd i32) (local $dot i32) (local $seen i32) (local $eneg i32) (local $b i32) (local $i i32) (local $e10 i32)
    (local $dp i64) (local $w i64) (local $e i64) (local $r f64)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    ;; trim ASCII whitespace
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $done (i32.eqz (call ${fn}__ws (i32.load8_u (local.get $p)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.le_u (local.get $end) (local.get $p)))
        (br_if $done (i32.eqz (call ${fn}__ws (i32.load8_u (i32.sub (local.get $end) (i32.const 1))))))
        (local.set $end (i32.sub (local.get $end) (i32.const 1)))
        (br $next)))
    (if (i32.ge_u (local.get $p) (local.get $end)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $c (i32.load8_u (local.get $p)))
    (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
      (then
        (local.set $neg (i32.eq (local.get $c) (i32.const 45)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))))
    ;; inf, infinity, nan (any case)
    (local.set $n (i32.sub (local.get $end) (local.get $p)))
    (if (i32.or (i32.eq (local.get $n) (i32.const 3)) (i32.eq (local.get $n) (i32.const 8)))
      (then
        (if (i32.eq (call ${fn}__low3 (local.get $p)) (i32.const 0x666e69))
          (then
            (if (i32.or (i32.eq (local.get $n) (i32.const 3))
                        (i32.and (i32.eq (call ${fn}__low3 (i32.add (local.get $p) (i32.const 3))) (i32.const 0x696e69))
                                 (i32.eq (i32.and (i32.or (i32.load16_u offset=6 (local.get $p)) (i32.const 0x2020)) (i32.const 0xffff))
                                         (i32.const 0x7974))))
              (then (return (select (f64.const -inf) (f64.const inf) (local.get $neg)))))))
        (if (i32.and (i32.eq (local.get $n) (i32.const 3)) (i32.eq (call ${fn}__low3 (local.get $p)) (i32.const 0x6e616e)))
          (then (return (f64.const nan))))))
    ;; the significand: nd significant digits (leading zeros skipped), the first 19 in w; dp places
    ;; the decimal point: value = 0.digits * 10^dp
    (local.set $mstart (local.get $p))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.eq (local.get $c) (i32.const 46))
          (then
            (br_if $done (local.get $dot))
            (local.set $dot (i32.const 1))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $next)))
        (local.set $c (i32.sub (local.get $c) (i32.const 48)))
        (br_if $done (i32.gt_u (local.get $c) (i32.const 9)))
        (local.set $seen (i32.const 1))
        (if (i32.and (i32.eqz (local.get $nd)) (i32.eqz (local.get $c)))
          (then (if (local.get $dot) (then (local.set $dp (i64.sub (local.get $dp) (i64.const 1))))))
          (else
            (if (i32.eqz (local.get $dot)) (then (local.set $dp (i64.add (local.get $dp) (i64.const 1)))))
            (if (i32.lt_u (local.get $nd) (i32.const 19))
              (then (local.set $w (i64.add (i64.mul (local.get $w) (i64.const 10)) (i64.extend_i32_u (local.get $c))))))
            (local.set $nd (i32.add (local.get $nd) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.set $mend (local.get $p))
    (if (i32.eqz (local.get $seen)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    ;; the exponent, saturated at 10^12
    (if (i32.lt_u (local.get $p) (local.get $end))
      (then
        (if (i32.eq (i32.or (i32.load8_u (local.get $p)) (i32.const 0x20)) (i32.const 101))
          (then
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (if (i32.lt_u (local.get $p) (local.get $end))
              (then
                (local.set $c (i32.load8_u (local.get $p)))
                (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
                  (then
                    (local.set $eneg (i32.eq (local.get $c) (i32.const 45)))
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))))))
            (if (i32.ge_u (local.get $p) (local.get $end)) (then (call $rt_fault (i32.const 4)) (unreachable)))
            (if (i32.gt_u (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)) (i32.const 9))
              (then (call $rt_fault (i32.const 4)) (unreachable)))
            (block $done
              (loop $next
                (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
                (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
                (br_if $done (i32.gt_u (local.get $c) (i32.const 9)))
                (if (i64.lt_s (local.get $e) (i64.const 1000000000000))
                  (then (local.set $e (i64.add (i64.mul (local.get $e) (i64.const 10)) (i64.extend_i32_u (local.get $c))))))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br $next)))
            (if (local.get $eneg) (then (local.set $e (i64.sub (i64.const 0) (local.get $e)))))))))
    (if (i32.ne (local.get $p) (local.get $end)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (block $value
      (if (i32.eqz (local.get $nd)) (then (local.set $r (f64.const 0)) (br $value)))
      (local.set $dp (i64.add (local.get $dp) (local.get $e)))
      (if (i64.gt_s (local.get $dp) (i64.const 310)) (then (local.set $r (f64.const inf)) (br $value)))
      (if (i64.lt_s (local.get $dp) (i64.const -330)) (then (local.set $r (f64.const 0)) (br $value)))
      ;; exact fast paths
      (if (i32.le_u (local.get $nd) (i32.const 19))
        (then
          (local.set $e10 (i32.sub (i32.wrap_i64 (local.get $dp)) (local.get $nd)))
          (if (i32.eqz (local.get $e10)) (then (local.set $r (f64.convert_i64_u (local.get $w))) (br $value)))
          (if (i32.and (i64.le_u (local.get $w) (i64.const 0x20000000000000))
                       (i32.le_u (i32.add (local.get $e10) (i32.const 22)) (i32.const 44)))
            (then
              (if (i32.gt_s (local.get $e10) (i32.const 0))
                (then (local.set $r (f64.mul (f64.convert_i64_u (local.get $w))
                  (f64.load (i32.add (global.get ${fn}_data) (i32.shl (local.get $e10) (i32.const 3)))))))
                (else (local.set $r (f64.div (f64.convert_i64_u (local.get $w))
                  (f64.load (i32.add (global.get ${fn}_data) (i32.shl (i32.sub (i32.const 0) (local.get $e10)) (i32.const 3))))))))
              (br $value)))))
      ;; the decimal algorithm: fill the buffer with the significant digits (800 at most)
      (local.set $b (call $rt_alloc (i32.const 848)))
      (i32.store offset=8 (local.get $b) (i32.const 0))
      (local.set $n (i32.const 0))
      (local.set $p (local.get $mstart))
      (block $done
        (loop $next
          (br_if $done (i32.ge_u (local.get $p) (local.get $mend)))
          (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br_if $next (i32.gt_u (local.get $c) (i32.const 9)))
          (br_if $next (i32.and (i32.eqz (local.get $n)) (i32.eqz (local.get $c))))
          (if (i32.lt_u (local.get $n) (i32.const 800))
            (then
              (i32.store8 offset=16 (i32.add (local.get $b) (local.get $n)) (local.get $c))
              (local.set $n (i32.add (local.get $n) (i32.const 1))))
            (else (if (local.get $c) (then (i32.store offset=8 (local.get $b) (i32.const 1))))))
          (br $next)))
      (i32.store (local.get $b) (local.get $n))
      (i32.store offset=4 (local.get $b) (i32.wrap_i64 (local.get $dp)))
      (call ${fn}__trim (local.get $b))
      (local.set $r (call ${fn}__bits (local.get $b))))
    (select (f64.neg (local.get $r)) (local.get $r) (local.get $neg))))
