;; bytes: a string and a [byte] share a layout ([length][0][one byte each]); the bytes are copied,
;; since an array may be written in place and a string (a literal's, in data) must not change.
(module
  (func ${fn} (param $s i32) (result i32)
    (local $n i32) (local $out i32)
    (local.set $n (i32.load (local.get $s)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 1)))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (local.get $s) (i32.const 8)) (local.get $n))
    (local.get $out)))
