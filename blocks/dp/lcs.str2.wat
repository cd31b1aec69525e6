;; lcs over two strings: both are decoded from UTF-8 into code point arrays, then the classic
;; table with one row kept (over the shorter); O(n*m) time, O(n + m) space.
(module
  ;; the code points of s as i32s at a fresh block; the count goes to the first i32 before it
  (func ${fn}__decode (param $s i32) (result i32)
    (local $p i32) (local $end i32) (local $out i32) (local $k i32) (local $c i32)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    ;; at most one code point per byte, plus a count slot
    (local.set $out (i32.add (call $rt_alloc (i32.add (i32.shl (i32.load (local.get $s)) (i32.const 2)) (i32.const 4))) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.lt_u (local.get $c) (i32.const 0x80))
          (then (local.set $p (i32.add (local.get $p) (i32.const 1))))
          (else (if (i32.lt_u (local.get $c) (i32.const 0xe0))
            (then
              (local.set $c (i32.or (i32.shl (i32.and (local.get $c) (i32.const 0x1f)) (i32.const 6))
                (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f))))
              (local.set $p (i32.add (local.get $p) (i32.const 2))))
            (else (if (i32.lt_u (local.get $c) (i32.const 0xf0))
              (then
                (local.set $c (i32.or (i32.or
                  (i32.shl (i32.and (local.get $c) (i32.const 0x0f)) (i32.const 12))
                  (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)) (i32.const 6)))
                  (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3f))))
                (local.set $p (i32.add (local.get $p) (i32.const 3))))
              (else
                (local.set $c (i32.or (i32.or (i32.or
                  (i32.shl (i32.and (local.get $c) (i32.const 0x07)) (i32.const 18))
                  (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)) (i32.const 12)))
                  (i32.shl (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3f)) (i32.const 6)))
                  (i32.and (i32.load8_u offset=3 (local.get $p)) (i32.const 0x3f))))
                (local.set $p (i32.add (local.get $p) (i32.const 4)))))))))
        (i32.store (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 2))) (local.get $c))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (i32.store (i32.sub (local.get $out) (i32.const 4)) (local.get $k))
    (local.get $out))

  (func ${fn} (param $sa i32) (param $sb i32) (result i64)
    (local $a i32) (local $b i32) (local $n i32) (local $m i32) (local $t i32) (local $row i32) (local $i i32) (local $j i32)
    (local $x i32) (local $diag i32) (local $up i32) (local $left i32) (local $v i32)
    (local.set $a (call ${fn}__decode (local.get $sa)))
    (local.set $b (call ${fn}__decode (local.get $sb)))
    (local.set $n (i32.load (i32.sub (local.get $a) (i32.const 4))))
    (local.set $m (i32.load (i32.sub (local.get $b) (i32.const 4))))
    (if (i32.gt_u (local.get $m) (local.get $n))
      (then
        (local.set $t (local.get $a)) (local.set $a (local.get $b)) (local.set $b (local.get $t))
        (local.set $t (local.get $n)) (local.set $n (local.get $m)) (local.set $m (local.get $t))))
    (local.set $row (call $rt_alloc (i32.shl (i32.add (local.get $m) (i32.const 1)) (i32.const 2))))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.gt_u (local.get $j) (local.get $m)))
        (i32.store (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))) (i32.const 0))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $z)))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $diag (i32.const 0))
        (local.set $left (i32.const 0))
        (local.set $j (i32.const 1))
        (block $cols_done
          (loop $cols
            (br_if $cols_done (i32.gt_u (local.get $j) (local.get $m)))
            (local.set $up (i32.load (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2)))))
            (local.set $v
              (if (result i32) (i32.eq (local.get $x) (i32.load (i32.add (local.get $b) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2)))))
                (then (i32.add (local.get $diag) (i32.const 1)))
                (else (select (local.get $up) (local.get $left) (i32.gt_u (local.get $up) (local.get $left))))))
            (i32.store (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))) (local.get $v))
            (local.set $diag (local.get $up))
            (local.set $left (local.get $v))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $cols)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (i64.extend_i32_u (i32.load (i32.add (local.get $row) (i32.shl (local.get $m) (i32.const 2)))))))
