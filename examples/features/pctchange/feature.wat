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

  (func (export "pctchange") (param $xs i32) (param $n i32) (result i32 i32)
    (local $len i32) (local $out i32) (local $i i32) (local $a f64)
    (if (local.get $n) (then (local.set $len (i32.sub (local.get $n) (i32.const 1)))))
    (local.set $out (call $alloc (i32.shl (local.get $len) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $a (f64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))
        (f64.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
          (f64.mul (f64.div (f64.sub (f64.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))) (local.get $a))
                            (local.get $a))
                   (f64.const 100)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out) (local.get $len)))
