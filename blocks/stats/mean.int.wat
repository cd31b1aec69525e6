;; mean of [int]: the exact 128-bit sum, rounded once to f64 (round to nearest even), divided by n.
(module
  (func ${fn} (param $xs i32) (result f64)
    (local $n i32) (local $p i32) (local $end i32) (local $x i64) (local $lo i64) (local $hi i64)
    (local.set $n (i32.load (local.get $xs)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 3))))
    (loop $next
      (local.set $x (i64.load (local.get $p)))
      (local.set $lo (i64.add (local.get $lo) (local.get $x)))
      ;; high word: the sign extension of x plus the carry out of the low word
      (local.set $hi (i64.add (local.get $hi)
        (i64.add (i64.shr_s (local.get $x) (i64.const 63)) (i64.extend_i32_u (i64.lt_u (local.get $lo) (local.get $x))))))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $next (i32.lt_u (local.get $p) (local.get $end))))
    (f64.div (call ${fn}__i128 (local.get $hi) (local.get $lo)) (f64.convert_i32_u (local.get $n))))

  ;; A 128-bit two's complement integer (hi:lo) to the nearest f64, ties to even.
  (func ${fn}__i128 (param $hi i64) (param $lo i64) (result f64)
    (local $neg i32) (local $lz i64) (local $top i64) (local $f f64)
    (if (i64.eq (local.get $hi) (i64.shr_s (local.get $lo) (i64.const 63)))
      (then (return (f64.convert_i64_s (local.get $lo)))))
    (local.set $neg (i64.lt_s (local.get $hi) (i64.const 0)))
    (if (local.get $neg)
      (then
        (local.set $hi (i64.add (i64.xor (local.get $hi) (i64.const -1)) (i64.extend_i32_u (i64.eqz (local.get $lo)))))
        (local.set $lo (i64.sub (i64.const 0) (local.get $lo)))))
    (if (i64.eqz (local.get $hi))
      (then (local.set $f (f64.convert_i64_u (local.get $lo))))
      (else
        ;; keep the top 64 bits, folding the bits shifted out into a sticky low bit
        (local.set $lz (i64.clz (local.get $hi)))
        (local.set $top (i64.or
          (i64.or (i64.shl (local.get $hi) (local.get $lz)) (i64.shr_u (local.get $lo) (i64.sub (i64.const 64) (local.get $lz))))
          (i64.extend_i32_u (i64.ne (i64.shl (local.get $lo) (local.get $lz)) (i64.const 0)))))
        (local.set $f (f64.mul (f64.convert_i64_u (local.get $top))
          (f64.reinterpret_i64 (i64.shl (i64.sub (i64.const 1087) (local.get $lz)) (i64.const 52)))))))
    (select (f64.neg (local.get $f)) (local.get $f) (local.get $neg)))
)
