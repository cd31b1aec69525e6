(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 8))
  (data (i32.const 0) "ABCDF")

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  (func (export "grades") (param $scores i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $i i32) (local $s i64) (local $rec i32)
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i64.load (i32.add (local.get $scores) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $rec (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))))
        ;; the letter's index in "ABCDF" is the number of thresholds not reached
        (i32.store (local.get $rec)
          (i32.add (i32.add (i64.lt_s (local.get $s) (i64.const 90)) (i64.lt_s (local.get $s) (i64.const 80)))
                   (i32.add (i64.lt_s (local.get $s) (i64.const 70)) (i64.lt_s (local.get $s) (i64.const 60)))))
        (i32.store offset=4 (local.get $rec) (i32.const 1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $out) (local.get $n)))
