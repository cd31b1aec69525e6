;; smooth of [int]: the means of the n - k + 1 windows of k consecutive elements, from a running
;; exact 128-bit window sum (add the entering element, subtract the leaving one), each rounded once.
(module
  (func ${fn} (param $xs i32) (param $k i64) (result i32)
    (local $n i32) (local $kk i32) (local $m i32) (local $out i32) (local $fk f64) (local $i i32)
    (local $x i64) (local $lo i64) (local $hi i64) (local $p i32)
    (if (i64.lt_s (local.get $k) (i64.const 1)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $n (i32.load (local.get $xs)))
    (if (i64.gt_s (local.get $k) (i64.extend_i32_u (local.get $n))) (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 8)))))
    (local.set $kk (i32.wrap_i64 (local.get $k)))
    (local.set $m (i32.add (i32.sub (local.get $n) (local.get $kk)) (i32.const 1)))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const 8)))
    (local.set $fk (f64.convert_i32_u (local.get $kk)))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (loop $first
      (local.set $x (i64.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 3)))))
      (local.set $lo (i64.add (local.get $lo) (local.get $x)))
      (local.set $hi (i64.add (local.get $hi) (i64.add (i64.shr_s (local.get $x) (i64.const 63)) (i64.extend_i32_u (i64.lt_u (local.get $lo) (local.get $x))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $first (i32.lt_u (local.get $i) (local.get $kk))))
    (f64.store offset=8 (local.get $out) (f64.div (call ${fn}__i128 (local.get $hi) (local.get $lo)) (local.get $fk)))
    ;; i: index of the entering element
    (block $done
      (loop $slide
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ;; subtract the leaving element
        (local.set $x (i64.load (i32.add (local.get $p) (i32.shl (i32.sub (local.get $i) (local.get $kk)) (i32.const 3)))))
        (local.set $hi (i64.sub (local.get $hi) (i64.add (i64.shr_s (local.get $x) (i64.const 63)) (i64.extend_i32_u (i64.lt_u (local.get $lo) (local.get $x))))))
        (local.set $lo (i64.sub (local.get $lo) (local.get $x)))
        ;; add the entering one
        (local.set $x (i64.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $lo (i64.add (local.get $lo) (local.get $x)))
        (local.set $hi (i64.add (local.get $hi) (i64.add (i64.shr_s (local.get $x) (i64.const 63)) (i64.extend_i32_u (i64.lt_u (local.get $lo) (local.get $x))))))
        (f64.store offset=8 (i32.add (local.get $out) (i32.shl (i32.add (i32.sub (local.get $i) (local.get $kk)) (i32.const 1)) (i32.const 3)))
          (f64.div (call ${fn}__i128 (local.get $hi) (local.get $lo)) (local.get $fk)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $slide)))
    (local.get $out))

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
