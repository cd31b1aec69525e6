;; dfs: recursive preorder made iterative; the stack holds (vertex, next neighbour index) and a
;; vertex is emitted when first entered, exactly as the recursive walk would.
(module
  (import "blocks" "adjacency" (func $adjacency (param i64 i32) (result i32)))
  (func ${fn} (param $n64 i64) (param $edges i32) (param $s64 i64) (result i32)
    (local $n i32) (local $adj i32) (local $seen i32) (local $order i32) (local $cnt i32)
    (local $sv i32) (local $sk i32) (local $top i32)
    (local $i i32) (local $v i32) (local $w i32) (local $k i32) (local $list i32) (local $len i32) (local $out i32)
    (local.set $adj (call $adjacency (local.get $n64) (local.get $edges)))
    (if (i64.ge_u (local.get $s64) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $seen (call $rt_alloc (local.get $n)))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store8 (i32.add (local.get $seen) (local.get $i)) (i32.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $z)))
    (local.set $order (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $sv (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (local.set $sk (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    ;; enter start
    (local.set $v (i32.wrap_i64 (local.get $s64)))
    (i32.store8 (i32.add (local.get $seen) (local.get $v)) (i32.const 1))
    (i32.store (local.get $order) (local.get $v))
    (local.set $cnt (i32.const 1))
    (i32.store (local.get $sv) (local.get $v))
    (i32.store (local.get $sk) (i32.const 0))
    (local.set $top (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $top)))
        (local.set $v (i32.load (i32.add (local.get $sv) (i32.shl (i32.sub (local.get $top) (i32.const 1)) (i32.const 2)))))
        (local.set $k (i32.load (i32.add (local.get $sk) (i32.shl (i32.sub (local.get $top) (i32.const 1)) (i32.const 2)))))
        (local.set $list (i32.load offset=8 (i32.add (local.get $adj) (i32.shl (local.get $v) (i32.const 2)))))
        (local.set $len (i32.load (local.get $list)))
        (block $exhausted
          (loop $scan
            (br_if $exhausted (i32.ge_u (local.get $k) (local.get $len)))
            (local.set $w (i32.wrap_i64 (i64.load offset=8 (i32.add (local.get $list) (i32.shl (local.get $k) (i32.const 3))))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (if (i32.eqz (i32.load8_u (i32.add (local.get $seen) (local.get $w))))
              (then
                ;; remember where v resumes, then enter w
                (i32.store (i32.add (local.get $sk) (i32.shl (i32.sub (local.get $top) (i32.const 1)) (i32.const 2))) (local.get $k))
                (i32.store8 (i32.add (local.get $seen) (local.get $w)) (i32.const 1))
                (i32.store (i32.add (local.get $order) (i32.shl (local.get $cnt) (i32.const 2))) (local.get $w))
                (local.set $cnt (i32.add (local.get $cnt) (i32.const 1)))
                (i32.store (i32.add (local.get $sv) (i32.shl (local.get $top) (i32.const 2))) (local.get $w))
                (i32.store (i32.add (local.get $sk) (i32.shl (local.get $top) (i32.const 2))) (i32.const 0))
                (local.set $top (i32.add (local.get $top) (i32.const 1)))
                (br $next)))
            (br $scan)))
        ;; every neighbour of v is seen: leave v
        (local.set $top (i32.sub (local.get $top) (i32.const 1)))
        (br $next)))
    (local.set $out (call $rt_arr_alloc (local.get $cnt) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $c_done
      (loop $c
        (br_if $c_done (i32.ge_u (local.get $i) (local.get $cnt)))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
          (i64.extend_i32_u (i32.load (i32.add (local.get $order) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $c)))
    (local.get $out)))
