;; distances: breadth-first from start over adjacency's lists; -1 marks a vertex not reached yet.
(module
  (import "blocks" "adjacency" (func $adjacency (param i64 i32) (result i32)))
  (func ${fn} (param $n64 i64) (param $edges i32) (param $s64 i64) (result i32)
    (local $n i32) (local $adj i32) (local $dist i32) (local $queue i32) (local $head i32) (local $tail i32)
    (local $i i32) (local $v i32) (local $w i32) (local $list i32) (local $len i32) (local $d i64)
    (local.set $adj (call $adjacency (local.get $n64) (local.get $edges)))
    (if (i64.ge_u (local.get $s64) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $dist (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store offset=8 (i32.add (local.get $dist) (i32.shl (local.get $i) (i32.const 3))) (i64.const -1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $z)))
    (local.set $queue (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $v (i32.wrap_i64 (local.get $s64)))
    (i32.store (local.get $queue) (local.get $v))
    (i64.store offset=8 (i32.add (local.get $dist) (i32.shl (local.get $v) (i32.const 3))) (i64.const 0))
    (local.set $tail (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $head) (local.get $tail)))
        (local.set $v (i32.load (i32.add (local.get $queue) (i32.shl (local.get $head) (i32.const 2)))))
        (local.set $head (i32.add (local.get $head) (i32.const 1)))
        (local.set $d (i64.add (i64.load offset=8 (i32.add (local.get $dist) (i32.shl (local.get $v) (i32.const 3)))) (i64.const 1)))
        (local.set $list (i32.load offset=8 (i32.add (local.get $adj) (i32.shl (local.get $v) (i32.const 2)))))
        (local.set $len (i32.load (local.get $list)))
        (local.set $i (i32.const 0))
        (block $nb_done
          (loop $nb
            (br_if $nb_done (i32.ge_u (local.get $i) (local.get $len)))
            (local.set $w (i32.wrap_i64 (i64.load offset=8 (i32.add (local.get $list) (i32.shl (local.get $i) (i32.const 3))))))
            (if (i64.lt_s (i64.load offset=8 (i32.add (local.get $dist) (i32.shl (local.get $w) (i32.const 3)))) (i64.const 0))
              (then
                (i64.store offset=8 (i32.add (local.get $dist) (i32.shl (local.get $w) (i32.const 3))) (local.get $d))
                (i32.store (i32.add (local.get $queue) (i32.shl (local.get $tail) (i32.const 2))) (local.get $w))
                (local.set $tail (i32.add (local.get $tail) (i32.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $nb)))
        (br $next)))
    (local.get $dist)))
