(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $digit (param $c i32) (result i64)
    (i64.extend_i32_u
      (select (i32.sub (local.get $c) (i32.const 48))
              (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 87))
              (i32.le_u (local.get $c) (i32.const 57)))))

  ;; the two hex digits at p
  (func $channel (param $p i32) (result i64)
    (i64.add (i64.shl (call $digit (i32.load8_u (local.get $p))) (i64.const 4))
             (call $digit (i32.load8_u offset=1 (local.get $p)))))

  (func (export "rgb") (param $color i32) (param $len i32) (result i64 i64 i64)
    (call $channel (i32.add (local.get $color) (i32.const 1)))
    (call $channel (i32.add (local.get $color) (i32.const 3)))
    (call $channel (i32.add (local.get $color) (i32.const 5)))))
