;; unique of [byte]: the first occurrence of each value, in order. A table of 256 flags marks the
;; values seen: one pass counts the distinct ones (the result's length), a second writes them.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $seen i32) (local $i i32) (local $v i32) (local $k i32) (local $out i32) (local $q i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $seen (call $rt_alloc (i32.const 256)))
    (memory.fill (local.get $seen) (i32.const 0) (i32.const 256))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $v (i32.load8_u offset=8 (i32.add (local.get $xs) (local.get $i))))
        (if (i32.eqz (i32.load8_u (i32.add (local.get $seen) (local.get $v))))
          (then
            (i32.store8 (i32.add (local.get $seen) (local.get $v)) (i32.const 1))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (local.set $out (call $rt_arr_alloc (local.get $k) (i32.const 1)))
    (memory.fill (local.get $seen) (i32.const 0) (i32.const 256))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $written
      (loop $write
        (br_if $written (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $v (i32.load8_u offset=8 (i32.add (local.get $xs) (local.get $i))))
        (if (i32.eqz (i32.load8_u (i32.add (local.get $seen) (local.get $v))))
          (then
            (i32.store8 (i32.add (local.get $seen) (local.get $v)) (i32.const 1))
            (i32.store8 (local.get $q) (local.get $v))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $write)))
    (local.get $out)))
