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

  (func (export "onlyonce") (param $xs i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $len i32) (local $end i32) (local $p i32) (local $q i32) (local $x i64) (local $count i32)
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (local.set $end (i32.add (local.get $xs) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $p (local.get $xs))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x (i64.load (local.get $p)))
        (local.set $count (i32.const 0))
        (local.set $q (local.get $xs))
        (block $counted
          (loop $scan
            (br_if $counted (i32.ge_u (local.get $q) (local.get $end)))
            (local.set $count (i32.add (local.get $count) (i64.eq (i64.load (local.get $q)) (local.get $x))))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))
            (br $scan)))
        (if (i32.eq (local.get $count) (i32.const 1))
          (then
            (i64.store (i32.add (local.get $out) (i32.shl (local.get $len) (i32.const 3))) (local.get $x))
            (local.set $len (i32.add (local.get $len) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $each)))
    (local.get $out) (local.get $len)))
