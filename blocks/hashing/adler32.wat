;; adler32: a = 1 + sum of bytes, b = sum of the running a's, both mod 65521; result b << 16 | a.
;; Runs of up to 347 16-byte chunks (5552 bytes, zlib's NMAX: no u32 overflow) go through SIMD:
;; per chunk, b gains 16 * a_before + sum (16 - i) * byte_i; lanes keep the byte sums (vs), the sum
;; of vs before each chunk (vss) and the weighted sums (vw), combined and reduced once per run.
(module
  (func ${fn} (param $s i32) (result i64)
    (local $p i32) (local $end i32) (local $nch i32) (local $k i32)
    (local $a i64) (local $b i64)
    (local $v v128) (local $vs v128) (local $vss v128) (local $vw v128)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (local.set $a (i64.const 1))
    (block $simd_done
      (loop $run
        (local.set $nch (i32.shr_u (i32.sub (local.get $end) (local.get $p)) (i32.const 4)))
        (br_if $simd_done (i32.eqz (local.get $nch)))
        (if (i32.gt_u (local.get $nch) (i32.const 347)) (then (local.set $nch (i32.const 347))))
        (local.set $vs (v128.const i32x4 0 0 0 0))
        (local.set $vss (v128.const i32x4 0 0 0 0))
        (local.set $vw (v128.const i32x4 0 0 0 0))
        (local.set $k (local.get $nch))
        (loop $chunk
          (local.set $v (v128.load (local.get $p)))
          (local.set $vss (i32x4.add (local.get $vss) (local.get $vs)))
          (local.set $vs (i32x4.add (local.get $vs)
            (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $v)))))
          (local.set $vw (i32x4.add (local.get $vw)
            (i32x4.add
              (i32x4.dot_i16x8_s (i16x8.extend_low_i8x16_u (local.get $v)) (v128.const i16x8 16 15 14 13 12 11 10 9))
              (i32x4.dot_i16x8_s (i16x8.extend_high_i8x16_u (local.get $v)) (v128.const i16x8 8 7 6 5 4 3 2 1)))))
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (local.set $k (i32.sub (local.get $k) (i32.const 1)))
          (br_if $chunk (local.get $k)))
        ;; b += 16 * nch * a + 16 * sum(vss) + sum(vw); a += sum(vs)
        (local.set $b (i64.add (local.get $b)
          (i64.add
            (i64.mul (i64.extend_i32_u (i32.shl (local.get $nch) (i32.const 4))) (local.get $a))
            (i64.add
              (i64.shl (call ${fn}__hsum (local.get $vss)) (i64.const 4))
              (call ${fn}__hsum (local.get $vw))))))
        (local.set $a (i64.add (local.get $a) (call ${fn}__hsum (local.get $vs))))
        (local.set $a (i64.rem_u (local.get $a) (i64.const 65521)))
        (local.set $b (i64.rem_u (local.get $b) (i64.const 65521)))
        (br $run)))
    ;; fewer than 16 bytes remain
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $a (i64.add (local.get $a) (i64.load8_u (local.get $p))))
        (local.set $b (i64.add (local.get $b) (local.get $a)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (i64.or
      (i64.shl (i64.rem_u (local.get $b) (i64.const 65521)) (i64.const 16))
      (i64.rem_u (local.get $a) (i64.const 65521))))

  ;; the sum of the four u32 lanes, as an i64
  (func ${fn}__hsum (param $v v128) (result i64)
    (i64.add
      (i64.add (i64.extend_i32_u (i32x4.extract_lane 0 (local.get $v))) (i64.extend_i32_u (i32x4.extract_lane 1 (local.get $v))))
      (i64.add (i64.extend_i32_u (i32x4.extract_lane 2 (local.get $v))) (i64.extend_i32_u (i32x4.extract_lane 3 (local.get $v)))))))
