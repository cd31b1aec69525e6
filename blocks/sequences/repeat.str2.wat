;; repeat a string: its bytes copied once, then the filled prefix copied onto the rest in doubling blocks.
(module
  (func ${fn} (param $s i32) (param $n i64) (result i32)
    (local $len i32) (local $m i32) (local $out i32) (local $done i32) (local $c i32)
    (local.set $len (i32.load (local.get $s)))
    (if (i32.or (i64.le_s (local.get $n) (i64.const 0)) (i32.eqz (local.get $len)))
      (then (return (call $rt_str_alloc (i32.const 0)))))
    (if (i32.or (i64.gt_s (local.get $n) (i64.const 0x10000000))
          (i64.gt_u (i64.mul (local.get $n) (i64.extend_i32_u (local.get $len))) (i64.const 0x10000000)))
      (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $m (i32.mul (i32.wrap_i64 (local.get $n)) (local.get $len)))
    (local.set $out (call $rt_str_alloc (local.get $m)))
    (local.set $done (local.get $len))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (local.get $s) (i32.const 8)) (local.get $done))
    (block $full
      (loop $grow
        (br_if $full (i32.ge_u (local.get $done) (local.get $m)))
        (local.set $c (select (local.get $done) (i32.sub (local.get $m) (local.get $done))
          (i32.le_u (local.get $done) (i32.sub (local.get $m) (local.get $done)))))
        (memory.copy (i32.add (i32.add (local.get $out) (i32.const 8)) (local.get $done)) (i32.add (local.get $out) (i32.const 8)) (local.get $c))
        (local.set $done (i32.add (local.get $done) (local.get $c)))
        (br $grow)))
    (local.get $out)))
