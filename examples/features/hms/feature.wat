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

  ;; writes ":" and the two digits of 0 <= x < 100 at p
  (func $two (param $p i32) (param $x i64)
    (i32.store8 (local.get $p) (i32.const 58))
    (i32.store8 offset=1 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.div_u (local.get $x) (i64.const 10)))))
    (i32.store8 offset=2 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $x) (i64.const 10))))))

  (func (export "hms") (param $seconds i64) (result i32 i32)
    (local $out i32) (local $p i32) (local $end i32) (local $h i64)
    ;; the hours' digits backwards from the middle of a 32-byte buffer, then ":MM:SS"
    (local.set $out (call $alloc (i32.const 32)))
    (local.set $end (i32.add (local.get $out) (i32.const 20)))
    (local.set $p (local.get $end))
    (local.set $h (i64.div_u (local.get $seconds) (i64.const 3600)))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $h) (i64.const 10)))))
      (local.set $h (i64.div_u (local.get $h) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $h) (i64.const 0))))
    (call $two (local.get $end) (i64.rem_u (i64.div_u (local.get $seconds) (i64.const 60)) (i64.const 60)))
    (call $two (i32.add (local.get $end) (i32.const 3)) (i64.rem_u (local.get $seconds) (i64.const 60)))
    (local.get $p) (i32.sub (i32.add (local.get $end) (i32.const 6)) (local.get $p))))
