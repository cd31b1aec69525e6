;; vowels: how many bytes of s are one of a e i o u A E I O U (16 bytes at a time: byte | 0x20
;; compared with the five lower-case vowels; no other byte maps onto them).
(module
  (func ${fn} (param $s i32) (result i64)
    (local $src i32) (local $n i32) (local $i i32) (local $k i32) (local $v v128) (local $b i32)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    (block $tail
      (loop $chunk
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $v (v128.or (v128.load (i32.add (local.get $src) (local.get $i))) (i8x16.splat (i32.const 0x20))))
        (local.set $k (i32.add (local.get $k) (i32.popcnt (i8x16.bitmask
          (v128.or (v128.or (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x61))) (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x65))))
                   (v128.or (v128.or (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x69))) (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x6F))))
                            (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x75)))))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunk)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $b (i32.or (i32.load8_u (i32.add (local.get $src) (local.get $i))) (i32.const 0x20)))
        (local.set $k (i32.add (local.get $k)
          (i32.or (i32.or (i32.eq (local.get $b) (i32.const 0x61)) (i32.eq (local.get $b) (i32.const 0x65)))
                  (i32.or (i32.or (i32.eq (local.get $b) (i32.const 0x69)) (i32.eq (local.get $b) (i32.const 0x6F)))
                          (i32.eq (local.get $b) (i32.const 0x75))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (i64.extend_i32_u (local.get $k)))
)
