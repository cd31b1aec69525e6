;; bipartite: two-colours each component breadth-first over adjacency's lists; an edge inside one
;; colour (a self-loop included) answers false.
(module
  (import "blocks" "adjacency" (func $adjacency (param i64 i32) (result i32)))
  (func ${fn} (param $n64 i64) (param $edges i32) (result i32)
    (local $n i32) (local $adj i32) (local $color i32) (local $queue i32) (local $head i32) (local $tail i32)
    (local $r i32) (local $i i32) (local $v i32) (local $w i32) (local $cv i32) (local $cw i32) (local $list i32) (local $len i32)
    (local.set $adj (call $adjacency (local.get $n64) (local.get $edges)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    ;; colour 0 = not reached yet, else 1 or 2
    (local.set $color (call $rt_alloc (local.get $n)))
    (block $z_done
      (loop $z
        (br_if $z_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store8 (i32.add (local.get $color) (local.get $i)) (i32.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $z)))
    (local.set $queue (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (block $roots_done
      (loop $roots
        (br_if $roots_done (i32.ge_u (local.get $r) (local.get $n)))
        (if (i32.eqz (i32.load8_u (i32.add (local.get $color) (local.get $r))))
          (then
            (i32.store8 (i32.add (local.get $color) (local.get $r)) (i32.const 1))
            (i32.store (local.get $queue) (local.get $r))
            (local.set $head (i32.const 0))
            (local.set $tail (i32.const 1))
            (block $done
              (loop $next
                (br_if $done (i32.ge_u (local.get $head) (local.get $tail)))
                (local.set $v (i32.load (i32.add (local.get $queue) (i32.shl (local.get $head) (i32.const 2)))))
                (local.set $head (i32.add (local.get $head) (i32.const 1)))
                (local.set $cv (i32.load8_u (i32.add (local.get $color) (local.get $v))))
                (local.set $list (i32.load offset=8 (i32.add (local.get $adj) (i32.shl (local.get $v) (i32.const 2)))))
                (local.set $len (i32.load (local.get $list)))
                (local.set $i (i32.const 0))
                (block $nb_done
                  (loop $nb
                    (br_if $nb_done (i32.ge_u (local.get $i) (local.get $len)))
                    (local.set $w (i32.wrap_i64 (i64.load offset=8 (i32.add (local.get $list) (i32.shl (local.get $i) (i32.const 3))))))
                    (local.set $cw (i32.load8_u (i32.add (local.get $color) (local.get $w))))
                    (if (i32.eqz (local.get $cw))
                      (then
                        (i32.store8 (i32.add (local.get $color) (local.get $w)) (i32.sub (i32.const 3) (local.get $cv)))
                        (i32.store (i32.add (local.get $queue) (i32.shl (local.get $tail) (i32.const 2))) (local.get $w))
                        (local.set $tail (i32.add (local.get $tail) (i32.const 1))))
                      (else (if (i32.eq (local.get $cw) (local.get $cv)) (then (return (i32.const 0))))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $nb)))
                (br $next)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $roots)))
    (i32.const 1)))
