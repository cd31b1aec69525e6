;; ascii: whether every code point of s is below 128, i.e. no byte has its top bit; true for "".
(module
  (func ${fn} (param $s i32) (result i32)
    (local $src i32) (local $n i32) (local $i i32) (local $acc v128) (local $b i32)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    (block $tail
      (loop $chunk
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $acc (v128.or (local.get $acc) (v128.load (i32.add (local.get $src) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunk)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $b (i32.or (local.get $b) (i32.load8_u (i32.add (local.get $src) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (i32.eqz (i32.or (i8x16.bitmask (local.get $acc)) (i32.and (local.get $b) (i32.const 0x80)))))
)
