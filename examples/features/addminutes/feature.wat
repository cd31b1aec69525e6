(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $two (param $p i32) (result i64)
    (i64.extend_i32_u (i32.add (i32.mul (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)) (i32.const 10))
                               (i32.sub (i32.load8_u offset=1 (local.get $p)) (i32.const 48)))))

  (func $put (param $p i32) (param $v i64)
    (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.div_u (local.get $v) (i64.const 10)))))
    (i32.store8 offset=1 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $v) (i64.const 10))))))

  ;; t is exactly "HH:MM"; the result is written over 5 bytes at heap
  (func (export "addminutes") (param $t i32) (param $n i32) (param $m i64) (result i32 i32)
    (local $total i64) (local $out i32)
    (local.set $total (i64.rem_s (i64.add (i64.add (i64.mul (call $two (local.get $t)) (i64.const 60))
                                                   (call $two (i32.add (local.get $t) (i32.const 3))))
                                          (i64.rem_s (local.get $m) (i64.const 1440)))
                                 (i64.const 1440)))
    (if (i64.lt_s (local.get $total) (i64.const 0)) (then (local.set $total (i64.add (local.get $total) (i64.const 1440)))))
    (local.set $out (global.get $heap))
    (if (i32.gt_u (i32.add (local.get $out) (i32.const 5)) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.const 1)))))
    (global.set $heap (i32.add (local.get $out) (i32.const 5)))
    (call $put (local.get $out) (i64.div_u (local.get $total) (i64.const 60)))
    (i32.store8 offset=2 (local.get $out) (i32.const 58))
    (call $put (i32.add (local.get $out) (i32.const 3)) (i64.rem_u (local.get $total) (i64.const 60)))
    (local.get $out) (i32.const 5)))
