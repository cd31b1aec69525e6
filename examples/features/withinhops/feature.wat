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

  ;; edges: m records of (a i64, b i64); dist: n i64 hop counts, -1 while unreached.
  ;; Round h reaches, over every edge, the unreached ends of vertices at h hops.
  (func (export "withinhops") (param $n i64) (param $edges i32) (param $m i32) (param $start i64) (param $k i64) (result i64)
    (local $dist i32) (local $end i32) (local $e i32) (local $hop i64) (local $pa i32) (local $pb i32) (local $count i64)
    (local.set $dist (call $alloc (i32.shl (i32.wrap_i64 (local.get $n)) (i32.const 3))))
    (memory.fill (local.get $dist) (i32.const 255) (i32.shl (i32.wrap_i64 (local.get $n)) (i32.const 3)))
    (i64.store (i32.add (local.get $dist) (i32.shl (i32.wrap_i64 (local.get $start)) (i32.const 3))) (i64.const 0))
    (local.set $end (i32.add (local.get $edges) (i32.shl (local.get $m) (i32.const 4))))
    (block $done
      (loop $round
        (br_if $done (i64.ge_s (local.get $hop) (local.get $k)))
        (local.set $e (local.get $edges))
        (block $swept
          (loop $edge
            (br_if $swept (i32.ge_u (local.get $e) (local.get $end)))
            (local.set $pa (i32.add (local.get $dist) (i32.shl (i32.wrap_i64 (i64.load (local.get $e))) (i32.const 3))))
            (local.set $pb (i32.add (local.get $dist) (i32.shl (i32.wrap_i64 (i64.load offset=8 (local.get $e))) (i32.const 3))))
            (if (i32.and (i64.eq (i64.load (local.get $pa)) (local.get $hop)) (i64.lt_s (i64.load (local.get $pb)) (i64.const 0)))
              (then
                (i64.store (local.get $pb) (i64.add (local.get $hop) (i64.const 1)))
                (local.set $count (i64.add (local.get $count) (i64.const 1)))))
            (if (i32.and (i64.eq (i64.load (local.get $pb)) (local.get $hop)) (i64.lt_s (i64.load (local.get $pa)) (i64.const 0)))
              (then
                (i64.store (local.get $pa) (i64.add (local.get $hop) (i64.const 1)))
                (local.set $count (i64.add (local.get $count) (i64.const 1)))))
            (local.set $e (i32.add (local.get $e) (i32.const 16)))
            (br $edge)))
        (local.set $hop (i64.add (local.get $hop) (i64.const 1)))
        (br $round)))
    (local.get $count)))
