;; murmur: MurmurHash3_x86_32 with seed 0 over 4-byte little-endian blocks, the 1-3 byte tail,
;; then the length and the fmix32 finalizer.
(module
  (func ${fn} (param $s i32) (result i64)
    (local $p i32) (local $len i32) (local $end4 i32) (local $h i32) (local $k i32) (local $t i32)
    (local.set $len (i32.load (local.get $s)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end4 (i32.add (local.get $p) (i32.and (local.get $len) (i32.const -4))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end4)))
        (local.set $h (i32.xor (local.get $h) (call ${fn}__mixk (i32.load (local.get $p)))))
        (local.set $h (i32.add (i32.mul (i32.rotl (local.get $h) (i32.const 13)) (i32.const 5)) (i32.const 0xe6546b64)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next)))
    (local.set $t (i32.and (local.get $len) (i32.const 3)))
    (if (local.get $t)
      (then
        (local.set $k (i32.load8_u (local.get $p)))
        (if (i32.ge_u (local.get $t) (i32.const 2))
          (then (local.set $k (i32.or (local.get $k) (i32.shl (i32.load8_u offset=1 (local.get $p)) (i32.const 8))))))
        (if (i32.eq (local.get $t) (i32.const 3))
          (then (local.set $k (i32.or (local.get $k) (i32.shl (i32.load8_u offset=2 (local.get $p)) (i32.const 16))))))
        (local.set $h (i32.xor (local.get $h) (call ${fn}__mixk (local.get $k))))))
    (local.set $h (i32.xor (local.get $h) (local.get $len)))
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
    (i64.extend_i32_u (local.get $h)))

  (func ${fn}__mixk (param $k i32) (result i32)
    (i32.mul (i32.rotl (i32.mul (local.get $k) (i32.const 0xcc9e2d51)) (i32.const 15)) (i32.const 0x1b873593))))
