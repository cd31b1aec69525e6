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

  ;; edges: m records of (a i64, b i64); depth[v], an i64 at $depth + 8v, is the longest path ending at v.
  ;; n - 1 rounds of relaxing every edge settle a path of any length.
  (func (export "dagdepth") (param $n64 i64) (param $edges i32) (param $m i32) (result i64)
    (local $n i32) (local $depth i32) (local $end i32) (local $e i32) (local $round i32) (local $pa i32) (local $pb i32) (local $longest i64)
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $depth (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (memory.fill (local.get $depth) (i32.const 0) (i32.shl (local.get $n) (i32.const 3)))
    (local.set $end (i32.add (local.get $edges) (i32.shl (local.get $m) (i32.const 4))))
    (local.set $round (i32.const 1))
    (block $settled
      (loop $relax
        (br_if $settled (i32.ge_s (local.get $round) (local.get $n)))
        (local.set $e (local.get $edges))
        (block $swept
          (loop $edge
            (br_if $swept (i32.ge_u (local.get $e) (local.get $end)))
            (local.set $pa (i32.add (local.get $depth) (i32.shl (i32.wrap_i64 (i64.load (local.get $e))) (i32.const 3))))
            (local.set $pb (i32.add (local.get $depth) (i32.shl (i32.wrap_i64 (i64.load offset=8 (local.get $e))) (i32.const 3))))
            (if (i64.gt_s (i64.add (i64.load (local.get $pa)) (i64.const 1)) (i64.load (local.get $pb)))
              (then (i64.store (local.get $pb) (i64.add (i64.load (local.get $pa)) (i64.const 1)))))
            (local.set $e (i32.add (local.get $e) (i32.const 16)))
            (br $edge)))
        (local.set $round (i32.add (local.get $round) (i32.const 1)))
        (br $relax)))
    (local.set $e (local.get $depth))
    (local.set $end (i32.add (local.get $depth) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $max
        (br_if $done (i32.ge_u (local.get $e) (local.get $end)))
        (if (i64.gt_s (i64.load (local.get $e)) (local.get $longest)) (then (local.set $longest (i64.load (local.get $e)))))
        (local.set $e (i32.add (local.get $e) (i32.const 8)))
        (br $max)))
    (local.get $longest)))
