;; topo: Kahn's algorithm over a CSR of out-edges, with a binary min-heap of the vertices whose
;; in-degree has reached 0, so the smallest available vertex always comes next.
(module
  ;; restore the heap order after heap[i] was appended
  (func ${fn}__up (param $h i32) (param $i i32)
    (local $p i32) (local $x i32) (local $y i32)
    (local.set $x (i32.load (i32.add (local.get $h) (i32.shl (local.get $i) (i32.const 2)))))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $i)))
        (local.set $p (i32.shr_u (i32.sub (local.get $i) (i32.const 1)) (i32.const 1)))
        (local.set $y (i32.load (i32.add (local.get $h) (i32.shl (local.get $p) (i32.const 2)))))
        (br_if $done (i32.le_u (local.get $y) (local.get $x)))
        (i32.store (i32.add (local.get $h) (i32.shl (local.get $i) (i32.const 2))) (local.get $y))
        (local.set $i (local.get $p))
        (br $next)))
    (i32.store (i32.add (local.get $h) (i32.shl (local.get $i) (i32.const 2))) (local.get $x)))

  ;; restore the heap order of heap[0..size) after heap[0] was replaced
  (func ${fn}__down (param $h i32) (param $size i32)
    (local $i i32) (local $c i32) (local $x i32) (local $y i32) (local $z i32)
    (if (i32.eqz (local.get $size)) (then (return)))
    (local.set $x (i32.load (local.get $h)))
    (block $done
      (loop $next
        (local.set $c (i32.add (i32.shl (local.get $i) (i32.const 1)) (i32.const 1)))
        (br_if $done (i32.ge_u (local.get $c) (local.get $size)))
        (local.set $y (i32.load (i32.add (local.get $h) (i32.shl (local.get $c) (i32.const 2)))))
        (if (i32.lt_u (i32.add (local.get $c) (i32.const 1)) (local.get $size))
          (then
            (local.set $z (i32.load offset=4 (i32.add (local.get $h) (i32.shl (local.get $c) (i32.const 2)))))
            (if (i32.lt_u (local.get $z) (local.get $y))
              (then (local.set $y (local.get $z)) (local.set $c (i32.add (local.get $c) (i32.const 1)))))))
        (br_if $done (i32.le_u (local.get $x) (local.get $y)))
        (i32.store (i32.add (local.get $h) (i32.shl (local.get $i) (i32.const 2))) (local.get $y))
        (local.set $i (local.get $c))
        (br $next)))
    (i32.store (i32.add (local.get $h) (i32.shl (local.get $i) (i32.const 2))) (local.get $x)))

  (func ${fn} (param $n64 i64) (param $edges i32) (result i32)
    (local $n i32) (local $m i32) (local $e i32) (local $t i32) (local $u i32) (local $v i32) (local $i i32) (local $k i32)
    (local $indeg i32) (local $start i32) (local $pos i32) (local $arcs i32) (local $heap i32) (local $size i32)
    (local $out i32) (local $cnt i32) (local $end i32) (local $a i32)
    (if (i64.lt_s (local.get $n64) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n64) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $m (i32.load (local.get $edges)))
    (local.set $indeg (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $pos (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $start (call $rt_alloc (i32.shl (i32.add (local.get $n) (i32.const 1)) (i32.const 2))))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.add (local.get $indeg) (i32.shl (local.get $i) (i32.const 2))) (i32.const 0))
        (i32.store (i32.add (local.get $pos) (i32.shl (local.get $i) (i32.const 2))) (i32.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $z)))
    ;; validate; pos[u] counts out-edges, indeg[v] in-edges
    (block $c_done
      (loop $c
        (br_if $c_done (i32.ge_u (local.get $e) (local.get $m)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $edges) (i32.shl (local.get $e) (i32.const 2)))))
        (if (i64.ge_u (i64.load (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (if (i64.ge_u (i64.load offset=8 (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (local.set $a (i32.add (local.get $pos) (i32.shl (i32.wrap_i64 (i64.load (local.get $t))) (i32.const 2))))
        (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (i32.const 1)))
        (local.set $a (i32.add (local.get $indeg) (i32.shl (i32.wrap_i64 (i64.load offset=8 (local.get $t))) (i32.const 2))))
        (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (i32.const 1)))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $c)))
    ;; CSR starts; pos becomes the fill cursor
    (local.set $i (i32.const 0))
    (block $s_done
      (loop $s
        (br_if $s_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2))) (local.get $k))
        (local.set $a (i32.add (local.get $pos) (i32.shl (local.get $i) (i32.const 2))))
        (local.set $k (i32.add (local.get $k) (i32.load (local.get $a))))
        (i32.store (local.get $a) (i32.load (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $s)))
    (i32.store (i32.add (local.get $start) (i32.shl (local.get $n) (i32.const 2))) (local.get $k))
    (local.set $arcs (call $rt_alloc (i32.shl (local.get $m) (i32.const 2))))
    (local.set $e (i32.const 0))
    (block $f_done
      (loop $f
        (br_if $f_done (i32.ge_u (local.get $e) (local.get $m)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $edges) (i32.shl (local.get $e) (i32.const 2)))))
        (local.set $a (i32.add (local.get $pos) (i32.shl (i32.wrap_i64 (i64.load (local.get $t))) (i32.const 2))))
        (local.set $k (i32.load (local.get $a)))
        (i32.store (i32.add (local.get $arcs) (i32.shl (local.get $k) (i32.const 2))) (i32.wrap_i64 (i64.load offset=8 (local.get $t))))
        (i32.store (local.get $a) (i32.add (local.get $k) (i32.const 1)))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $f)))
    ;; the sources, appended in ascending order, already form a min-heap
    (local.set $heap (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $i (i32.const 0))
    (block $h_done
      (loop $h
        (br_if $h_done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.eqz (i32.load (i32.add (local.get $indeg) (i32.shl (local.get $i) (i32.const 2)))))
          (then
            (i32.store (i32.add (local.get $heap) (i32.shl (local.get $size) (i32.const 2))) (local.get $i))
            (local.set $size (i32.add (local.get $size) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $h)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $size)))
        (local.set $u (i32.load (local.get $heap)))
        (local.set $size (i32.sub (local.get $size) (i32.const 1)))
        (i32.store (local.get $heap) (i32.load (i32.add (local.get $heap) (i32.shl (local.get $size) (i32.const 2)))))
        (call ${fn}__down (local.get $heap) (local.get $size))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $cnt) (i32.const 3))) (i64.extend_i32_u (local.get $u)))
        (local.set $cnt (i32.add (local.get $cnt) (i32.const 1)))
        (local.set $k (i32.load (i32.add (local.get $start) (i32.shl (local.get $u) (i32.const 2)))))
        (local.set $end (i32.load offset=4 (i32.add (local.get $start) (i32.shl (local.get $u) (i32.const 2)))))
        (block $arcs_done
          (loop $arc
            (br_if $arcs_done (i32.ge_u (local.get $k) (local.get $end)))
            (local.set $v (i32.load (i32.add (local.get $arcs) (i32.shl (local.get $k) (i32.const 2)))))
            (local.set $a (i32.add (local.get $indeg) (i32.shl (local.get $v) (i32.const 2))))
            (i32.store (local.get $a) (i32.sub (i32.load (local.get $a)) (i32.const 1)))
            (if (i32.eqz (i32.load (local.get $a)))
              (then
                (i32.store (i32.add (local.get $heap) (i32.shl (local.get $size) (i32.const 2))) (local.get $v))
                (call ${fn}__up (local.get $heap) (local.get $size))
                (local.set $size (i32.add (local.get $size) (i32.const 1)))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $arc)))
        (br $next)))
    (if (i32.lt_u (local.get $cnt) (local.get $n)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.get $out)))
