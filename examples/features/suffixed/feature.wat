(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 8))
  (data (i32.const 0) "thstndrd")

  ;; the digits are written backwards ending at heap + 20, then the suffix after them
  (func (export "suffixed") (param $n i64) (result i32 i32)
    (local $end i32) (local $p i32) (local $last i32)
    (local.set $end (i32.add (global.get $heap) (i32.const 20)))
    (if (i32.gt_u (i32.add (local.get $end) (i32.const 2)) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.const 1)))))
    (local.set $last (i32.wrap_i64 (i64.rem_u (local.get $n) (i64.const 10))))
    (if (i32.or (i32.gt_u (local.get $last) (i32.const 3))
                (i64.lt_u (i64.sub (i64.rem_u (local.get $n) (i64.const 100)) (i64.const 11)) (i64.const 3)))
      (then (local.set $last (i32.const 0))))
    (i32.store16 (local.get $end) (i32.load16_u (i32.shl (local.get $last) (i32.const 1))))
    (local.set $p (local.get $end))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $n) (i64.const 10)))))
      (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $n) (i64.const 0))))
    (global.set $heap (i32.add (local.get $end) (i32.const 2)))
    (local.get $p) (i32.sub (i32.add (local.get $end) (i32.const 2)) (local.get $p))))
