;; numeric: whether s is non-empty and every byte is an ASCII digit 0-9 (16 bytes at a time).
(module
  (func ${fn} (param $s i32) (result i32)
    (local $src i32) (local $n i32) (local $i i32)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    (if (i32.eqz (local.get $n)) (then (return (i32.const 0))))
    (block $tail
      (loop $chunk
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (if (i32.eqz (i8x16.all_true (i8x16.lt_u (i8x16.sub (v128.load (i32.add (local.get $src) (local.get $i))) (i8x16.splat (i32.const 0x30)))
                                                 (i8x16.splat (i32.const 10)))))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunk)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.ge_u (i32.sub (i32.load8_u (i32.add (local.get $src) (local.get $i))) (i32.const 0x30)) (i32.const 10))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (i32.const 1))
)
