;; primes: a sieve of Eratosthenes over the odd numbers, one bit each (bit i stands for 2i + 1), so
;; n bytes of input need n/16 bytes of sieve; primes are counted with popcnt and collected with ctz.
;; n > 2^32 faults with memory (the result alone would pass 1.6 GB).
(module
  (func ${fn} (param $n i64) (result i32)
    (local $m i32) (local $words i32) (local $sieve i32) (local $p i32) (local $end i32) (local $i i32) (local $j i32)
    (local $q i32) (local $count i32) (local $out i32) (local $w i64) (local $k i32)
    (if (i64.lt_s (local.get $n) (i64.const 2)) (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 8)))))
    (if (i64.gt_s (local.get $n) (i64.const 0x100000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    ;; odd numbers 1, 3, ..., 2m + 1 <= n are bits 0..m
    (local.set $m (i32.wrap_i64 (i64.shr_u (i64.sub (local.get $n) (i64.const 1)) (i64.const 1))))
    (local.set $words (i32.add (i32.shr_u (local.get $m) (i32.const 6)) (i32.const 1)))
    (local.set $sieve (call $rt_alloc (i32.shl (local.get $words) (i32.const 3))))
    (local.set $end (i32.add (local.get $sieve) (i32.shl (local.get $words) (i32.const 3))))
    (local.set $p (local.get $sieve))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (i64.store (local.get $p) (i64.const 0))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    ;; 1 is not prime; bits past m are not numbers
    (i64.store (local.get $sieve) (i64.const 1))
    (i64.store (i32.sub (local.get $end) (i32.const 8))
      (i64.or (i64.load (i32.sub (local.get $end) (i32.const 8)))
              (i64.xor (i64.sub (i64.shl (i64.const 2) (i64.extend_i32_u (i32.and (local.get $m) (i32.const 63)))) (i64.const 1)) (i64.const -1))))
    ;; cross out odd multiples from p*p on, for odd p with p*p <= n
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (local.set $q (i32.add (i32.shl (local.get $i) (i32.const 1)) (i32.const 1)))
        (br_if $done (i64.gt_u (i64.mul (i64.extend_i32_u (local.get $q)) (i64.extend_i32_u (local.get $q))) (local.get $n)))
        (if (i32.eqz (i32.and (i32.load8_u (i32.add (local.get $sieve) (i32.shr_u (local.get $i) (i32.const 3))))
                              (i32.shl (i32.const 1) (i32.and (local.get $i) (i32.const 7)))))
          (then
            (local.set $j (i32.shr_u (i32.mul (local.get $q) (local.get $q)) (i32.const 1)))
            (block $marked
              (loop $mark
                (br_if $marked (i32.gt_u (local.get $j) (local.get $m)))
                (local.set $p (i32.add (local.get $sieve) (i32.shr_u (local.get $j) (i32.const 3))))
                (i32.store8 (local.get $p) (i32.or (i32.load8_u (local.get $p)) (i32.shl (i32.const 1) (i32.and (local.get $j) (i32.const 7)))))
                (local.set $j (i32.add (local.get $j) (local.get $q)))
                (br_if $marked (i32.lt_u (local.get $j) (local.get $q)))
                (br $mark)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    ;; count: 2 plus the clear bits
    (local.set $count (i32.const 1))
    (local.set $p (local.get $sieve))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $count (i32.add (local.get $count) (i32.wrap_i64 (i64.popcnt (i64.xor (i64.load (local.get $p)) (i64.const -1))))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.set $out (call $rt_arr_alloc (local.get $count) (i32.const 8)))
    (i64.store offset=8 (local.get $out) (i64.const 2))
    (local.set $k (i32.const 1))
    (local.set $p (local.get $sieve))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $w (i64.xor (i64.load (local.get $p)) (i64.const -1)))
        (block $empty
          (loop $bits
            (br_if $empty (i64.eqz (local.get $w)))
            ;; odd number 2(64 word + bit) + 1
            (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 3)))
              (i64.add (i64.shl (i64.add (i64.extend_i32_u (local.get $i)) (i64.ctz (local.get $w))) (i64.const 1)) (i64.const 1)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (local.set $w (i64.and (local.get $w) (i64.sub (local.get $w) (i64.const 1))))
            (br $bits)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (local.set $i (i32.add (local.get $i) (i32.const 64)))
        (br $next)))
    (local.get $out)))
