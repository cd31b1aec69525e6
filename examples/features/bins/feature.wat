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

  (func (export "bins") (param $xs i32) (param $n i32) (param $k64 i64) (result i32 i32)
    (local $k i32) (local $counts i32) (local $end i32) (local $p i32) (local $lo f64) (local $hi f64) (local $width f64) (local $b i32) (local $slot i32)
    (local.set $k (i32.wrap_i64 (local.get $k64)))
    (local.set $counts (call $alloc (i32.shl (local.get $k) (i32.const 3))))
    (memory.fill (local.get $counts) (i32.const 0) (i32.shl (local.get $k) (i32.const 3)))
    (local.set $end (i32.add (local.get $xs) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $lo (f64.const inf))
    (local.set $hi (f64.const -inf))
    (local.set $p (local.get $xs))
    (block $spanned
      (loop $extent
        (br_if $spanned (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $lo (f64.min (local.get $lo) (f64.load (local.get $p))))
        (local.set $hi (f64.max (local.get $hi) (f64.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $extent)))
    (local.set $width (f64.div (f64.sub (local.get $hi) (local.get $lo)) (f64.convert_i32_u (local.get $k))))
    (local.set $p (local.get $xs))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $b (i32.const 0))
        (if (f64.ne (local.get $width) (f64.const 0))
          (then
            (local.set $b (i32.trunc_f64_u (f64.div (f64.sub (f64.load (local.get $p)) (local.get $lo)) (local.get $width))))
            (if (i32.ge_u (local.get $b) (local.get $k)) (then (local.set $b (i32.sub (local.get $k) (i32.const 1)))))))
        (local.set $slot (i32.add (local.get $counts) (i32.shl (local.get $b) (i32.const 3))))
        (i64.store (local.get $slot) (i64.add (i64.load (local.get $slot)) (i64.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $counts) (local.get $k)))
