;; ways: count[x] for x = 0..amount, each distinct denomination folded in low to high (so it can
;; repeat and orders are not counted twice); a byte per value marks denominations already used.
(module
  (func ${fn} (param $cs i32) (param $amt i64) (result i64)
    (local $k i32) (local $i i32) (local $a i32) (local $c i32) (local $x i32) (local $dp i32) (local $seen i32) (local $p i32) (local $end i32)
    (local $c64 i64)
    (local.set $k (i32.load (local.get $cs)))
    (block $ok
      (loop $check
        (br_if $ok (i32.ge_u (local.get $i) (local.get $k)))
        (if (i64.le_s (i64.load offset=8 (i32.add (local.get $cs) (i32.shl (local.get $i) (i32.const 3)))) (i64.const 0))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $check)))
    (if (i64.lt_s (local.get $amt) (i64.const 0)) (then (return (i64.const 0))))
    (if (i64.gt_s (local.get $amt) (i64.const 0x08000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $a (i32.wrap_i64 (local.get $amt)))
    (local.set $dp (call $rt_alloc (i32.shl (i32.add (local.get $a) (i32.const 1)) (i32.const 3))))
    (local.set $seen (call $rt_alloc (i32.add (local.get $a) (i32.const 1))))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.gt_u (local.get $x) (local.get $a)))
        (i64.store (i32.add (local.get $dp) (i32.shl (local.get $x) (i32.const 3))) (i64.const 0))
        (i32.store8 (i32.add (local.get $seen) (local.get $x)) (i32.const 0))
        (local.set $x (i32.add (local.get $x) (i32.const 1)))
        (br $z)))
    (i64.store (local.get $dp) (i64.const 1))
    (local.set $i (i32.const 0))
    (block $coins_done
      (loop $coin
        (br_if $coins_done (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $c64 (i64.load offset=8 (i32.add (local.get $cs) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $coin (i64.gt_s (local.get $c64) (local.get $amt)))
        (local.set $c (i32.wrap_i64 (local.get $c64)))
        (br_if $coin (i32.load8_u (i32.add (local.get $seen) (local.get $c))))
        (i32.store8 (i32.add (local.get $seen) (local.get $c)) (i32.const 1))
        (local.set $c (i32.shl (local.get $c) (i32.const 3)))
        (local.set $p (i32.add (local.get $dp) (local.get $c)))
        (local.set $end (i32.add (local.get $dp) (i32.shl (local.get $a) (i32.const 3))))
        (block $xs_done
          (loop $xs
            (br_if $xs_done (i32.gt_u (local.get $p) (local.get $end)))
            (i64.store (local.get $p) (i64.add (i64.load (local.get $p)) (i64.load (i32.sub (local.get $p) (local.get $c)))))
            (local.set $p (i32.add (local.get $p) (i32.const 8)))
            (br $xs)))
        (br $coin)))
    (i64.load (i32.add (local.get $dp) (i32.shl (local.get $a) (i32.const 3))))))
