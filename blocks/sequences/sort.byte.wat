;; sort of [byte]: count each of the 256 values, then write each value as often as it occurred.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $counts i32) (local $p i32) (local $end i32) (local $v i32) (local $c i32) (local $q i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 1)))
    (local.set $counts (call $rt_alloc (i32.const 1024)))
    (memory.fill (local.get $counts) (i32.const 0) (i32.const 1024))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.add (local.get $counts) (i32.shl (i32.load8_u (local.get $p)) (i32.const 2))))
        (i32.store (local.get $c) (i32.add (i32.load (local.get $c)) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $count)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (block $written
      (loop $value
        (br_if $written (i32.ge_u (local.get $v) (i32.const 256)))
        (local.set $c (i32.load (i32.add (local.get $counts) (i32.shl (local.get $v) (i32.const 2)))))
        (memory.fill (local.get $q) (local.get $v) (local.get $c))
        (local.set $q (i32.add (local.get $q) (local.get $c)))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br $value)))
    (local.get $out)))
