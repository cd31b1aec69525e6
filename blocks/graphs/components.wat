;; components: union-find with path halving; a union hangs the larger root under the smaller, so
;; every root is the smallest vertex of its component.
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

  (func ${fn} (param $n64 i64) (param $edges i32) (result i32)
    (local $n i32) (local $m i32) (local $e i32) (local $t i32) (local $i i32) (local $parent i32) (local $out i32)
    (local $a i32) (local $b i32)
    (if (i64.lt_s (local.get $n64) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n64) (i64.const 0x10000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $m (i32.load (local.get $edges)))
    (local.set $parent (call $rt_alloc (i32.shl (local.get $n) (i32.const 2))))
    (block $i_done
      (loop $init
        (br_if $i_done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.add (local.get $parent) (i32.shl (local.get $i) (i32.const 2))) (local.get $i))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $init)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $e) (local.get $m)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $edges) (i32.shl (local.get $e) (i32.const 2)))))
        (if (i64.ge_u (i64.load (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (if (i64.ge_u (i64.load offset=8 (local.get $t)) (local.get $n64)) (then (call $rt_fault (i32.const 1)) (unreachable)))
        (local.set $a (call ${fn}__find (local.get $parent) (i32.wrap_i64 (i64.load (local.get $t)))))
        (local.set $b (call ${fn}__find (local.get $parent) (i32.wrap_i64 (i64.load offset=8 (local.get $t)))))
        (if (i32.lt_u (local.get $a) (local.get $b))
          (then (i32.store (i32.add (local.get $parent) (i32.shl (local.get $b) (i32.const 2))) (local.get $a)))
          (else (i32.store (i32.add (local.get $parent) (i32.shl (local.get $a) (i32.const 2))) (local.get $b))))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $next)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $l_done
      (loop $label
        (br_if $l_done (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
          (i64.extend_i32_u (call ${fn}__find (local.get $parent) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $label)))
    (local.get $out)))
