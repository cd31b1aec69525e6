(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "fletcher16") (param $s i32) (param $n i32) (result i64)
    (local $end i32) (local $a i32) (local $b i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $a (i32.rem_u (i32.add (local.get $a) (i32.load8_u (local.get $s))) (i32.const 255)))
        (local.set $b (i32.rem_u (i32.add (local.get $b) (local.get $a)) (i32.const 255)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (i64.extend_i32_u (i32.or (i32.shl (local.get $b) (i32.const 8)) (local.get $a)))))
