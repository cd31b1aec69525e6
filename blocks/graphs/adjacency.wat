;; adjacency: counts each vertex's edge ends, scatters the edges into unsorted per-vertex runs, then
;; walks the vertices w in ascending order appending w to the list of each u in w's run: every list
;; comes out sorted without a sort, in O(n + edges).
(module
  (func ${fn} (param $n64 i64) (param $edges i32) (result i32)
    (local $n i32) (local $m i32) (local $e i32) (local $t i32) (local $u i32) (local $v i32)
    (local $deg i32) (local $start i32) (local $pos i32) (local $arcs i32) (local $out i32) (local $list i32)
    (local $i i32) (local $k i32) (local $end i32) (local $total i32)
    (if (i64.lt_s (local.get $n64) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n64) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $m (i32.load (local.get $edges)))
    ;; deg[v] = 0; pos[v] (n + 1 slots) serves as run starts, then as fill cursors
    (local.set $deg (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $start (call $rt_alloc (i32.shl (i32.add (local.get $n) (i32.const 1)) (i32.const 2))))
    (local.set $pos (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.add (local.get $deg) (i32.shl (local.get $i) (i32.const 2))) (i32.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $z)))
    ;; validate and count
    (block $c_done
      (loop $c
        (br_if $c_done (i32.ge_u (local.get $e) (local.get $m)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $edges) (i32.shl (local.get $e) (i32.const 2)))))
        (if (i64.ge_u (i64.load (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (if (i64.ge_u (i64.load offset=8 (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (local.set $u (i32.wrap_i64 (i64.load (local.get $t))))
        (local.set $v (i32.wrap_i64 (i64.load offset=8 (local.get $t))))
        (i32.store (i32.add (local.get $deg) (i32.shl (local.get $u) (i32.const 2)))
          (i32.add (i32.load (i32.add (local.get $deg) (i32.shl (local.get $u) (i32.const 2)))) (i32.const 1)))
        (if (i32.ne (local.get $u) (local.get $v))
          (then (i32.store (i32.add (local.get $deg) (i32.shl (local.get $v) (i32.const 2)))
            (i32.add (i32.load (i32.add (local.get $deg) (i32.shl (local.get $v) (i32.const 2)))) (i32.const 1)))))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $c)))
    ;; run starts
    (local.set $i (i32.const 0))
    (block $s_done
      (loop $s
        (br_if $s_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2))) (local.get $total))
        (i32.store (i32.add (local.get $pos) (i32.shl (local.get $i) (i32.const 2))) (local.get $total))
        (local.set $total (i32.add (local.get $total) (i32.load (i32.add (local.get $deg) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $s)))
    (i32.store (i32.add (local.get $start) (i32.shl (local.get $n) (i32.const 2))) (local.get $total))
    ;; scatter: the run of v holds each other end of v's edges, in edge order
    (local.set $arcs (call $rt_alloc (i32.shl (local.get $total) (i32.const 2))))
    (local.set $e (i32.const 0))
    (block $f_done
      (loop $f
        (br_if $f_done (i32.ge_u (local.get $e) (local.get $m)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $edges) (i32.shl (local.get $e) (i32.const 2)))))
        (local.set $u (i32.wrap_i64 (i64.load (local.get $t))))
        (local.set $v (i32.wrap_i64 (i64.load offset=8 (local.get $t))))
        (local.set $k (i32.load (i32.add (local.get $pos) (i32.shl (local.get $u) (i32.const 2)))))
        (i32.store (i32.add (local.get $arcs) (i32.shl (local.get $k) (i32.const 2))) (local.get $v))
        (i32.store (i32.add (local.get $pos) (i32.shl (local.get $u) (i32.const 2))) (i32.add (local.get $k) (i32.const 1)))
        (if (i32.ne (local.get $u) (local.get $v))
          (then
            (local.set $k (i32.load (i32.add (local.get $pos) (i32.shl (local.get $v) (i32.const 2)))))
            (i32.store (i32.add (local.get $arcs) (i32.shl (local.get $k) (i32.const 2))) (local.get $u))
            (i32.store (i32.add (local.get $pos) (i32.shl (local.get $v) (i32.const 2))) (i32.add (local.get $k) (i32.const 1)))))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $f)))
    ;; the result lists, with pos reset to fill cursors
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 4)))
    (local.set $i (i32.const 0))
    (block $l_done
      (loop $l
        (br_if $l_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
          (call $rt_arr_alloc (i32.load (i32.add (local.get $deg) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 8)))
        (i32.store (i32.add (local.get $pos) (i32.shl (local.get $i) (i32.const 2))) (i32.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    ;; for w ascending, append w to the list of each u in w's run
    (local.set $i (i32.const 0))
    (block $w_done
      (loop $w
        (br_if $w_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (i32.load (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $end (i32.load offset=4 (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2)))))
        (block $r_done
          (loop $r
            (br_if $r_done (i32.ge_u (local.get $k) (local.get $end)))
            (local.set $u (i32.load (i32.add (local.get $arcs) (i32.shl (local.get $k) (i32.const 2)))))
            (local.set $list (i32.load offset=8 (i32.add (local.get $out) (i32.shl (local.get $u) (i32.const 2)))))
            (local.set $v (i32.load (i32.add (local.get $pos) (i32.shl (local.get $u) (i32.const 2)))))
            (i64.store offset=8 (i32.add (local.get $list) (i32.shl (local.get $v) (i32.const 3))) (i64.extend_i32_u (local.get $i)))
            (i32.store (i32.add (local.get $pos) (i32.shl (local.get $u) (i32.const 2))) (i32.add (local.get $v) (i32.const 1)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $r)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $w)))
    (local.get $out)))
