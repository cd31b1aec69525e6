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

  ;; best[size] at $best + 8 * size: the best revenue for a rod of that length
  (func (export "rodcut") (param $prices i32) (param $count i32) (param $n64 i64) (result i64)
    (local $n i32) (local $best i32) (local $size i32) (local $k i32) (local $top i64) (local $v i64)
    (local.set $n (i32.wrap_i64 (local.get $n64)))
    (local.set $best (call $alloc (i32.shl (i32.add (local.get $n) (i32.const 1)) (i32.const 3))))
    (i64.store (local.get $best) (i64.const 0))
    (local.set $size (i32.const 1))
    (block $done
      (loop $length
        (br_if $done (i32.gt_u (local.get $size) (local.get $n)))
        (local.set $top (i64.const 0x8000000000000000))
        (local.set $k (i32.const 1))
        (block $tried
          (loop $piece
            (br_if $tried (i32.gt_u (local.get $k) (local.get $size)))
            (br_if $tried (i32.gt_u (local.get $k) (local.get $count)))
            (local.set $v (i64.add (i64.load (i32.add (local.get $prices) (i32.shl (i32.sub (local.get $k) (i32.const 1)) (i32.const 3))))
                                   (i64.load (i32.add (local.get $best) (i32.shl (i32.sub (local.get $size) (local.get $k)) (i32.const 3))))))
            (if (i64.gt_s (local.get $v) (local.get $top)) (then (local.set $top (local.get $v))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $piece)))
        (i64.store (i32.add (local.get $best) (i32.shl (local.get $size) (i32.const 3))) (local.get $top))
        (local.set $size (i32.add (local.get $size) (i32.const 1)))
        (br $length)))
    (i64.load (i32.add (local.get $best) (i32.shl (local.get $n) (i32.const 3))))))
