;; sort of [bool]: count the trues; the falses (0) come first, then the trues (1), one byte each.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $p i32) (local $end i32) (local $ones i32) (local $zeros i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 1)))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $ones (i32.add (local.get $ones) (i32.ne (i32.load8_u (local.get $p)) (i32.const 0))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $count)))
    (local.set $zeros (i32.sub (local.get $n) (local.get $ones)))
    (memory.fill (i32.add (local.get $out) (i32.const 8)) (i32.const 0) (local.get $zeros))
    (memory.fill (i32.add (i32.add (local.get $out) (i32.const 8)) (local.get $zeros)) (i32.const 1) (local.get $ones))
    (local.get $out)))
