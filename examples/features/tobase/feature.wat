(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 36))
  (data (i32.const 0) "0123456789abcdefghijklmnopqrstuvwxyz")

  ;; the digits are written backwards into 65 bytes at heap, ending at heap + 65
  (func (export "tobase") (param $n i64) (param $b i64) (result i32 i32)
    (local $end i32) (local $p i32) (local $m i64)
    (local.set $end (i32.add (global.get $heap) (i32.const 65)))
    (if (i32.gt_u (local.get $end) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.const 1)))))
    (local.set $p (local.get $end))
    (local.set $m (select (i64.sub (i64.const 0) (local.get $n)) (local.get $n) (i64.lt_s (local.get $n) (i64.const 0))))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.load8_u (i32.wrap_i64 (i64.rem_u (local.get $m) (local.get $b)))))
      (local.set $m (i64.div_u (local.get $m) (local.get $b)))
      (br_if $digit (i64.ne (local.get $m) (i64.const 0))))
    (if (i64.lt_s (local.get $n) (i64.const 0))
      (then
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (i32.store8 (local.get $p) (i32.const 45))))
    (global.set $heap (local.get $end))
    (local.get $p) (i32.sub (local.get $end) (local.get $p))))
