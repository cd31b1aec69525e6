(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  ;; the letters are written backwards ending at heap + 16
  (func (export "colname") (param $n i64) (result i32 i32)
    (local $end i32) (local $p i32)
    (local.set $end (i32.add (global.get $heap) (i32.const 16)))
    (if (i32.gt_u (local.get $end) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.const 1)))))
    (local.set $p (local.get $end))
    (block $done
      (loop $letter
        (br_if $done (i64.le_s (local.get $n) (i64.const 0)))
        (local.set $n (i64.sub (local.get $n) (i64.const 1)))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (i32.store8 (local.get $p) (i32.add (i32.const 65) (i32.wrap_i64 (i64.rem_u (local.get $n) (i64.const 26)))))
        (local.set $n (i64.div_u (local.get $n) (i64.const 26)))
        (br $letter)))
    (global.set $heap (local.get $end))
    (local.get $p) (i32.sub (local.get $end) (local.get $p))))
