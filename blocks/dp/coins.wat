;; coins: fewest[x] for x = 0..amount, each denomination folded in low to high (so it can repeat).
(module
  (func ${fn} (param $cs i32) (param $amt i64) (result i64)
    (local $k i32) (local $i i32) (local $a i32) (local $c i32) (local $x i32) (local $dp i32) (local $t i32) (local $p i32) (local $end i32)
    (local $c64 i64)
    (local.set $k (i32.load (local.get $cs)))
    (block $ok
      (loop $check
        (br_if $ok (i32.ge_u (local.get $i) (local.get $k)))
        (if (i64.le_s (i64.load offset=8 (i32.add (local.get $cs) (i32.shl (local.get $i) (i32.const 3)))) (i64.const 0))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    (if (i64.lt_s (local.get $amt) (i64.const 0)) (then (return (i64.const -1))))
    (if (i64.gt_s (local.get $amt) (i64.const 0x08000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $a (i32.wrap_i64 (local.get $amt)))
    ;; fewest[0] = 0, the rest "impossible" (a count no answer reaches, with room for + 1)
    (local.set $dp (call $rt_alloc (i32.shl (i32.add (local.get $a) (i32.const 1)) (i32.const 2))))
    (i32.store (local.get $dp) (i32.const 0))
    (local.set $x (i32.const 1))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.gt_u (local.get $x) (local.get $a)))
        (i32.store (i32.add (local.get $dp) (i32.shl (local.get $x) (i32.const 2))) (i32.const 0x3fffffff))
        (local.set $x (i32.add (local.get $x) (i32.const 1)))
        (br $z)))
    (local.set $i (i32.const 0))
    (block $coins_done
      (loop $coin
        (br_if $coins_done (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $c64 (i64.load offset=8 (i32.add (local.get $cs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $coin (i64.gt_s (local.get $c64) (local.get $amt)))
        (local.set $c (i32.shl (i32.wrap_i64 (local.get $c64)) (i32.const 2)))
        (local.set $p (i32.add (local.get $dp) (local.get $c)))
        (local.set $end (i32.add (local.get $dp) (i32.shl (local.get $a) (i32.const 2))))
        (block $xs_done
          (loop $xs
            (br_if $xs_done (i32.gt_u (local.get $p) (local.get $end)))
            (local.set $t (i32.add (i32.load (i32.sub (local.get $p) (local.get $c))) (i32.const 1)))
            (if (i32.lt_u (local.get $t) (i32.load (local.get $p))) (then (i32.store (local.get $p) (local.get $t))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $xs)))
        (br $coin)))
    (local.set $t (i32.load (i32.add (local.get $dp) (i32.shl (local.get $a) (i32.const 2)))))
    (if (result i64) (i32.ge_u (local.get $t) (i32.const 0x3fffffff))
      (then (i64.const -1))
      (else (i64.extend_i32_u (local.get $t))))))
