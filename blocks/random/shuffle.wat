;; shuffle: copy xs, then Fisher-Yates from the end; j in [0, i] is an unbiased draw from the
;; xorshift64* stream (draws below 2^64 mod (i+1) are skipped, then mod (i+1)).
(module
  (func ${fn} (param $xs i32) (param $seed i64) (result i32)
    (local $n i32) (local $out i32) (local $i i32) (local $x i64) (local $d i64) (local $r i64) (local $t i64)
    (local $pi i32) (local $pj i32) (local $tmp {T.w})
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {T.s})))
    ;; copy element by element (memory.copy would need binaryen's BulkMemoryOpt feature)
    (block $copied
      (loop $copy
        (br_if $copied (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $pi (i32.shl (local.get $i) (i32.const {T.sh})))
        ({T.store} offset=8 (i32.add (local.get $out) (local.get $pi)) ({T.load} offset=8 (i32.add (local.get $xs) (local.get $pi))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    (local.set $x (select (i64.const 0x9E3779B97F4A7C15) (local.get $seed) (i64.eqz (local.get $seed))))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (block $done
      (loop $next
        (br_if $done (i32.lt_s (local.get $i) (i32.const 1)))
        (local.set $r (i64.extend_i32_u (i32.add (local.get $i) (i32.const 1))))
        (local.set $t (i64.rem_u (i64.sub (i64.const 0) (local.get $r)) (local.get $r)))
        (loop $draw
          (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 12))))
          (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 25))))
          (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 27))))
          (local.set $d (i64.mul (local.get $x) (i64.const 0x2545F4914F6CDD1D)))
          (br_if $draw (i64.lt_u (local.get $d) (local.get $t))))
        (local.set $pi (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const {T.sh}))))
        (local.set $pj (i32.add (local.get $out) (i32.shl (i32.wrap_i64 (i64.rem_u (local.get $d) (local.get $r))) (i32.const {T.sh}))))
        (local.set $tmp ({T.load} offset=8 (local.get $pi)))
        ({T.store} offset=8 (local.get $pi) ({T.load} offset=8 (local.get $pj)))
        ({T.store} offset=8 (local.get $pj) (local.get $tmp))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
