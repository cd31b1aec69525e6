;; mst (Kruskal): edges copied into 16-byte (weight, u, v) records, heapified in O(m), popped
;; lightest first into a union-find (path halving) until the forest is complete.
(module
  (func ${fn}__find (param $parent i32) (param $x i32) (result i32)
    (local $p i32) (local $g i32)
    (block $root
      (loop $up
        (local.set $p (i32.load (i32.add (local.get $parent) (i32.shl (local.get $x) (i32.const 2)))))
        (br_if $root (i32.eq (local.get $p) (local.get $x)))
        (local.set $g (i32.load (i32.add (local.get $parent) (i32.shl (local.get $p) (i32.const 2)))))
        (i32.store (i32.add (local.get $parent) (i32.shl (local.get $x) (i32.const 2))) (local.get $g))
        (local.set $x (local.get $g))
        (br $up)))
    (local.get $x))

  ;; sift record i down within records [0, size)
  (func ${fn}__down (param $h i32) (param $size i32) (param $i i32)
    (local $c i32) (local $w i64) (local $uv i64) (local $a i32) (local $b i32)
    (local.set $a (i32.add (local.get $h) (i32.shl (local.get $i) (i32.const 4))))
    (local.set $w (i64.load (local.get $a)))
    (local.set $uv (i64.load offset=8 (local.get $a)))
    (block $done
      (loop $next
        (local.set $c (i32.add (i32.shl (local.get $i) (i32.const 1)) (i32.const 1)))
        (br_if $done (i32.ge_u (local.get $c) (local.get $size)))
        (local.set $b (i32.add (local.get $h) (i32.shl (local.get $c) (i32.const 4))))
        (if (i32.lt_u (i32.add (local.get $c) (i32.const 1)) (local.get $size))
          (then (if (i64.lt_s (i64.load offset=16 (local.get $b)) (i64.load (local.get $b)))
            (then (local.set $c (i32.add (local.get $c) (i32.const 1))) (local.set $b (i32.add (local.get $b) (i32.const 16)))))))
        (br_if $done (i64.le_s (local.get $w) (i64.load (local.get $b))))
        (i64.store (local.get $a) (i64.load (local.get $b)))
        (i64.store offset=8 (local.get $a) (i64.load offset=8 (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $i (local.get $c))
        (br $next)))
    (i64.store (local.get $a) (local.get $w))
    (i64.store offset=8 (local.get $a) (local.get $uv)))

  (func ${fn} (param $n64 i64) (param $edges i32) (result i64)
    (local $n i32) (local $m i32) (local $e i32) (local $t i32) (local $i i32) (local $parent i32) (local $heap i32)
    (local $a i32) (local $b i32) (local $size i32) (local $need i32) (local $total i64) (local $w i64)
    (if (i64.lt_s (local.get $n64) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n64) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $m (i32.load (local.get $edges)))
    (local.set $heap (call $rt_alloc (i32.shl (local.get $m) (i32.const 4))))
    (block $c_done
      (loop $c
        (br_if $c_done (i32.ge_u (local.get $e) (local.get $m)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $edges) (i32.shl (local.get $e) (i32.const 2)))))
        (if (i64.ge_u (i64.load (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (if (i64.ge_u (i64.load offset=8 (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (local.set $a (i32.add (local.get $heap) (i32.shl (local.get $e) (i32.const 4))))
        (i64.store (local.get $a) (i64.load offset=16 (local.get $t)))
        (i32.store offset=8 (local.get $a) (i32.wrap_i64 (i64.load (local.get $t))))
        (i32.store offset=12 (local.get $a) (i32.wrap_i64 (i64.load offset=8 (local.get $t))))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $c)))
    (local.set $parent (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (block $i_done
      (loop $init
        (br_if $i_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.add (local.get $parent) (i32.shl (local.get $i) (i32.const 2))) (local.get $i))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $init)))
    ;; heapify bottom-up
    (local.set $size (local.get $m))
    (local.set $i (i32.shr_u (local.get $m) (i32.const 1)))
    (block $h_done
      (loop $h
        (br_if $h_done (i32.eqz (local.get $i)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (call ${fn}__down (local.get $heap) (local.get $size) (local.get $i))
        (br $h)))
    ;; a forest on n vertices has at most n - 1 edges
    (local.set $need (select (i32.sub (local.get $n) (i32.const 1)) (i32.const 0) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.or (i32.eqz (local.get $size)) (i32.eqz (local.get $need))))
        (local.set $w (i64.load (local.get $heap)))
        (local.set $a (call ${fn}__find (local.get $parent) (i32.load offset=8 (local.get $heap))))
        (local.set $b (call ${fn}__find (local.get $parent) (i32.load offset=12 (local.get $heap))))
        (local.set $size (i32.sub (local.get $size) (i32.const 1)))
        (local.set $t (i32.add (local.get $heap) (i32.shl (local.get $size) (i32.const 4))))
        (i64.store (local.get $heap) (i64.load (local.get $t)))
        (i64.store offset=8 (local.get $heap) (i64.load offset=8 (local.get $t)))
        (call ${fn}__down (local.get $heap) (local.get $size) (i32.const 0))
        (if (i32.ne (local.get $a) (local.get $b))
          (then
            (i32.store (i32.add (local.get $parent) (i32.shl (local.get $a) (i32.const 2))) (local.get $b))
            (local.set $total (i64.add (local.get $total) (local.get $w)))
            (local.set $need (i32.sub (local.get $need) (i32.const 1)))))
        (br $next)))
    (local.get $total)))
