(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  ;; parent[v] is an i32 at $parent + 4v
  (func $root (param $parent i32) (param $v i32) (result i32)
    (local $p i32)
    (loop $up
      (local.set $p (i32.load (i32.add (local.get $parent) (i32.shl (local.get $v) (i32.const 2)))))
      (if (i32.ne (local.get $p) (local.get $v))
        (then (local.set $v (local.get $p)) (br $up))))
    (local.get $v))

  ;; edges: m records of (a i64, b i64)
  (func (export "istree") (param $n64 i64) (param $edges i32) (param $m i32) (result i32)
    (local $n i32) (local $parent i32) (local $v i32) (local $end i32) (local $ra i32) (local $rb i32)
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $parent (call $alloc (i32.shl (local.get $n) (i32.const 2))))
    (block $filled
      (loop $fill
        (br_if $filled (i32.ge_u (local.get $v) (local.get $n)))
        (i32.store (i32.add (local.get $parent) (i32.shl (local.get $v) (i32.const 2))) (local.get $v))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br $fill)))
    (local.set $end (i32.add (local.get $edges) (i32.shl (local.get $m) (i32.const 4))))
    (block $done
      (loop $edge
        (br_if $done (i32.ge_u (local.get $edges) (local.get $end)))
        (local.set $ra (call $root (local.get $parent) (i32.wrap_i64 (i64.load (local.get $edges)))))
        (local.set $rb (call $root (local.get $parent) (i32.wrap_i64 (i64.load offset=8 (local.get $edges)))))
        (if (i32.eq (local.get $ra) (local.get $rb)) (then (return (i32.const 0))))
        (i32.store (i32.add (local.get $parent) (i32.shl (local.get $ra) (i32.const 2))) (local.get $rb))
        (local.set $edges (i32.add (local.get $edges) (i32.const 16)))
        (br $edge)))
    (i32.eq (local.get $m) (i32.sub (local.get $n) (i32.const 1)))))
