(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func (export "hamming") (param $a i32) (param $alen i32) (param $b i32) (param $blen i32) (result i64)
    (local $end i32) (local $n i64)
    (local.set $end (i32.add (local.get $a) (select (local.get $alen) (local.get $blen) (i32.lt_u (local.get $alen) (local.get $blen)))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
        (local.set $n (i64.add (local.get $n) (i64.extend_i32_u (i32.ne (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b))))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $next)))
    (local.get $n)))
