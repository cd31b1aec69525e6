(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  ;; CRC-32 (IEEE, reflected polynomial 0xEDB88320) of n bytes at s
  (func $crc32 (param $s i32) (param $n i32) (result i32)
    (local $crc i32) (local $end i32) (local $bit i32)
    (local.set $crc (i32.const -1))
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $crc (i32.xor (local.get $crc) (i32.load8_u (local.get $s))))
        (local.set $bit (i32.const 8))
        (loop $shift
          (local.set $crc (i32.xor (i32.shr_u (local.get $crc) (i32.const 1))
            (i32.and (i32.const 0xEDB88320) (i32.sub (i32.const 0) (i32.and (local.get $crc) (i32.const 1))))))
          (local.set $bit (i32.sub (local.get $bit) (i32.const 1)))
          (br_if $shift (local.get $bit)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $byte)))
    (i32.xor (local.get $crc) (i32.const -1)))

  ;; keys: n records of (ptr, len)
  (func (export "buckets") (param $keys i32) (param $n i32) (param $k i64) (result i32 i32)
    (local $counts i32) (local $i i32) (local $key i32) (local $slot i32)
    (local.set $counts (call $alloc (i32.shl (i32.wrap_i64 (local.get $k)) (i32.const 3))))
    (memory.fill (local.get $counts) (i32.const 0) (i32.shl (i32.wrap_i64 (local.get $k)) (i32.const 3)))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $key (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $slot (i32.add (local.get $counts) (i32.shl (i32.wrap_i64
          (i64.rem_u (i64.extend_i32_u (call $crc32 (i32.load (local.get $key)) (i32.load offset=4 (local.get $key)))) (local.get $k)))
          (i32.const 3))))
        (i64.store (local.get $slot) (i64.add (i64.load (local.get $slot)) (i64.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $counts) (i32.wrap_i64 (local.get $k))))
