(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $value (param $s i32) (param $n i32) (result i64)
    (local $end i32) (local $v i64)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $v (i64.or (i64.shl (local.get $v) (i64.const 1))
                              (i64.extend_i32_u (i32.sub (i32.load8_u (local.get $s)) (i32.const 48)))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (local.get $v))

  ;; the bits are written backwards ending at heap + 64
  (func (export "addbinary") (param $a i32) (param $an i32) (param $b i32) (param $bn i32) (result i32 i32)
    (local $sum i64) (local $end i32) (local $p i32)
    (local.set $sum (i64.add (call $value (local.get $a) (local.get $an)) (call $value (local.get $b) (local.get $bn))))
    (local.set $end (i32.add (global.get $heap) (i32.const 64)))
    (if (i32.gt_u (local.get $end) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.const 1)))))
    (local.set $p (local.get $end))
    (loop $bit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.and (local.get $sum) (i64.const 1)))))
      (local.set $sum (i64.shr_u (local.get $sum) (i64.const 1)))
      (br_if $bit (i64.ne (local.get $sum) (i64.const 0))))
    (global.set $heap (local.get $end))
    (local.get $p) (i32.sub (local.get $end) (local.get $p))))
