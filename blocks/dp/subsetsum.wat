;; subsetsum: for targets below 2^27, a bitset of the reachable sums 0..target in 64-bit words; each
;; element x ors in the set shifted up by x (from the top word down, so every read sees the set
;; before x). For larger targets, a sorted list of the distinct reachable sums <= target, merged with
;; itself shifted by x per element (its length is at most 2^n, so large numbers cost no memory).
(module
  (func ${fn}__list (param $xs i32) (param $target i64) (result i32)
    (local $n i32) (local $i i32) (local $x i64) (local $a i32) (local $b i32) (local $len i32)
    (local $p i32) (local $q i32) (local $k i32) (local $u i64) (local $v i64)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $a (call $rt_alloc (i32.const 8)))
    (i64.store (local.get $a) (i64.const 0))
    (local.set $len (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $next (i64.eqz (local.get $x)))
        (br_if $next (i64.gt_u (local.get $x) (local.get $target)))
        (if (i32.gt_u (local.get $len) (i32.const 0x08000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
        (local.set $b (call $rt_alloc (i32.shl (local.get $len) (i32.const 4))))
        (local.set $p (i32.const 0))
        (local.set $q (i32.const 0))
        (local.set $k (i32.const 0))
        ;; merge a[p..] with a[q..] + x (the latter only while <= target), keeping one of each value
        (block $merged
          (loop $merge
            (if (i32.lt_u (local.get $q) (local.get $len))
              (then
                (local.set $v (i64.add (i64.load (i32.add (local.get $a) (i32.shl (local.get $q) (i32.const 3)))) (local.get $x)))
                (if (i64.gt_u (local.get $v) (local.get $target)) (then (local.set $q (local.get $len))))))
            (if (i32.ge_u (local.get $q) (local.get $len))
              (then
                ;; only a[p..] is left
                (br_if $merged (i32.ge_u (local.get $p) (local.get $len)))
                (i64.store (i32.add (local.get $b) (i32.shl (local.get $k) (i32.const 3)))
                  (i64.load (i32.add (local.get $a) (i32.shl (local.get $p) (i32.const 3)))))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $merge)))
            (if (i64.eq (local.get $v) (local.get $target)) (then (return (i32.const 1))))
            (local.set $u (select
              (i64.load (i32.add (local.get $a) (i32.shl (local.get $p) (i32.const 3))))
              (i64.const -1)
              (i32.lt_u (local.get $p) (local.get $len))))
            ;; u is unsigned max when a[p..] is used up: every sum is below it
            (if (i64.lt_u (local.get $u) (local.get $v))
              (then
                (i64.store (i32.add (local.get $b) (i32.shl (local.get $k) (i32.const 3))) (local.get $u))
                (local.set $p (i32.add (local.get $p) (i32.const 1))))
              (else
                (i64.store (i32.add (local.get $b) (i32.shl (local.get $k) (i32.const 3))) (local.get $v))
                (if (i64.eq (local.get $u) (local.get $v)) (then (local.set $p (i32.add (local.get $p) (i32.const 1)))))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $merge)))
        (local.set $a (local.get $b))
        (local.set $len (local.get $k))
        (br $next)))
    (i32.const 0))

  (func ${fn} (param $xs i32) (param $target i64) (result i32)
    (local $n i32) (local $i i32) (local $s i64) (local $x64 i64) (local $bits i32) (local $words i32) (local $tw i32) (local $tb i64)
    (local $q i32) (local $r i64) (local $k i32) (local $src i32) (local $lo i64)
    (local.set $n (i32.load (local.get $xs)))
    (block $ok
      (loop $check
        (br_if $ok (i32.ge_u (local.get $i) (local.get $n)))
        (if (i64.lt_s (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))) (i64.const 0))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    (if (i64.lt_s (local.get $target) (i64.const 0)) (then (return (i32.const 0))))
    (if (i64.eqz (local.get $target)) (then (return (i32.const 1))))
    ;; the whole set must reach target (partial sums stop at target, so they fit in u64)
    (local.set $i (i32.const 0))
    (block $summed
      (loop $sum
        (br_if $summed (i32.ge_u (local.get $i) (local.get $n)))
        (br_if $summed (i64.ge_u (local.get $s) (local.get $target)))
        (local.set $s (i64.add (local.get $s) (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $sum)))
    (if (i64.lt_u (local.get $s) (local.get $target)) (then (return (i32.const 0))))
    (if (i64.ge_u (local.get $target) (i64.const 0x08000000)) (then (return (call ${fn}__list (local.get $xs) (local.get $target)))))
    (local.set $tw (i32.wrap_i64 (i64.shr_u (local.get $target) (i64.const 6))))
    (local.set $tb (i64.and (local.get $target) (i64.const 63)))
    (local.set $words (i32.add (local.get $tw) (i32.const 1)))
    (local.set $bits (call $rt_alloc (i32.shl (local.get $words) (i32.const 3))))
    (local.set $k (i32.const 0))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.ge_u (local.get $k) (local.get $words)))
        (i64.store (i32.add (local.get $bits) (i32.shl (local.get $k) (i32.const 3))) (i64.const 0))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $z)))
    (i64.store (local.get $bits) (i64.const 1))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x64 (i64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $next (i64.eqz (local.get $x64)))
        (br_if $next (i64.gt_u (local.get $x64) (local.get $target)))
        (local.set $q (i32.wrap_i64 (i64.shr_u (local.get $x64) (i64.const 6))))
        (local.set $r (i64.and (local.get $x64) (i64.const 63)))
        (local.set $k (local.get $tw))
        (block $words_done
          (loop $word
            (br_if $words_done (i32.lt_s (local.get $k) (local.get $q)))
            (local.set $src (i32.add (local.get $bits) (i32.shl (i32.sub (local.get $k) (local.get $q)) (i32.const 3))))
            (local.set $lo (i64.shl (i64.load (local.get $src)) (local.get $r)))
            (if (i32.and (i64.ne (local.get $r) (i64.const 0)) (i32.gt_s (local.get $k) (local.get $q)))
              (then (local.set $lo (i64.or (local.get $lo)
                (i64.shr_u (i64.load (i32.sub (local.get $src) (i32.const 8))) (i64.sub (i64.const 64) (local.get $r)))))))
            (i64.store (i32.add (local.get $bits) (i32.shl (local.get $k) (i32.const 3)))
              (i64.or (i64.load (i32.add (local.get $bits) (i32.shl (local.get $k) (i32.const 3)))) (local.get $lo)))
            (local.set $k (i32.sub (local.get $k) (i32.const 1)))
            (br $word)))
        ;; stop as soon as target is reached
        (br_if $done (i32.wrap_i64 (i64.and (i64.shr_u (i64.load (i32.add (local.get $bits) (i32.shl (local.get $tw) (i32.const 3)))) (local.get $tb)) (i64.const 1))))
        (br $next)))
    (i32.wrap_i64 (i64.and (i64.shr_u (i64.load (i32.add (local.get $bits) (i32.shl (local.get $tw) (i32.const 3)))) (local.get $tb)) (i64.const 1)))))
