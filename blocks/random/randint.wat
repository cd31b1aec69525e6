;; randint: n draws in [lo, hi] from the xorshift64* stream, unbiased by rejection: with r = hi - lo + 1
;; (mod 2^64; 0 means the full range), draws d < (2^64 mod r) are skipped and lo + d mod r is kept.
(module
  (func ${fn} (param $seed i64) (param $n i64) (param $lo i64) (param $hi i64) (result i32)
    (local $x i64) (local $d i64) (local $r i64) (local $t i64) (local $out i32) (local $p i32) (local $end i32)
    (if (i64.lt_s (local.get $n) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $lo) (local.get $hi)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (i32.wrap_i64 (local.get $n)) (i32.const 8)))
    (local.set $x (select (i64.const 0x9E3779B97F4A7C15) (local.get $seed) (i64.eqz (local.get $seed))))
    (local.set $r (i64.add (i64.sub (local.get $hi) (local.get $lo)) (i64.const 1)))
    (if (i64.ne (local.get $r) (i64.const 0))
      (then (local.set $t (i64.rem_u (i64.sub (i64.const 0) (local.get $r)) (local.get $r)))))
    (local.set $p (local.get $out))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.wrap_i64 (local.get $n)) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (loop $draw
          (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 12))))
          (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 25))))
          (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 27))))
          (local.set $d (i64.mul (local.get $x) (i64.const 0x2545F4914F6CDD1D)))
          (br_if $draw (i64.lt_u (local.get $d) (local.get $t))))
        (if (i64.ne (local.get $r) (i64.const 0))
          (then (local.set $d (i64.rem_u (local.get $d) (local.get $r)))))
        (i64.store offset=8 (local.get $p) (i64.add (local.get $lo) (local.get $d)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $out)))
