(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $leap (param $y i64) (result i32)
    (i32.or (i32.and (i64.eqz (i64.rem_s (local.get $y) (i64.const 4)))
                     (i64.ne (i64.rem_s (local.get $y) (i64.const 100)) (i64.const 0)))
            (i64.eqz (i64.rem_s (local.get $y) (i64.const 400)))))

  ;; the years are written from heap on, growing memory as they come
  (func (export "leapyears") (param $first i64) (param $last i64) (result i32 i32)
    (local $out i32) (local $p i32) (local $y i64)
    (local.set $out (global.get $heap))
    (local.set $p (local.get $out))
    (local.set $y (local.get $first))
    (block $done
      (loop $next
        (br_if $done (i64.gt_s (local.get $y) (local.get $last)))
        (if (call $leap (local.get $y))
          (then
            (if (i32.gt_u (i32.add (local.get $p) (i32.const 8)) (i32.shl (memory.size) (i32.const 16)))
              (then (drop (memory.grow (i32.const 1)))))
            (i64.store (local.get $p) (local.get $y))
            (local.set $p (i32.add (local.get $p) (i32.const 8)))))
        (local.set $y (i64.add (local.get $y) (i64.const 1)))
        (br $next)))
    (global.set $heap (local.get $p))
    (local.get $out) (i32.shr_u (i32.sub (local.get $p) (local.get $out)) (i32.const 3))))
