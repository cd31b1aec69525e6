;; hex (of a string): two lowercase hex digits per byte. 16 bytes at a time: split into nibbles,
;; look the digits up with a swizzle, interleave high and low digits with two shuffles.
(module
  (func ${fn} (param $s i32) (result i32)
    (local $n i32) (local $p i32) (local $end i32) (local $q i32) (local $out i32) (local $c i32) (local $d i32)
    (local $v v128) (local $hi v128) (local $lo v128)
    (local.set $n (i32.load (local.get $s)))
    (if (i32.gt_u (local.get $n) (i32.const 0x3ffffff0)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_str_alloc (i32.shl (local.get $n) (i32.const 1))))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (block $simd_done
      (loop $simd
        (br_if $simd_done (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 16)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $hi (i8x16.swizzle (v128.const i8x16 48 49 50 51 52 53 54 55 56 57 97 98 99 100 101 102) (i8x16.shr_u (local.get $v) (i32.const 4))))
        (local.set $lo (i8x16.swizzle (v128.const i8x16 48 49 50 51 52 53 54 55 56 57 97 98 99 100 101 102) (v128.and (local.get $v) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))))
        (v128.store (local.get $q) (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get $hi) (local.get $lo)))
        (v128.store offset=16 (local.get $q) (i8x16.shuffle 8 24 9 25 10 26 11 27 12 28 13 29 14 30 15 31 (local.get $hi) (local.get $lo)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (local.set $q (i32.add (local.get $q) (i32.const 32)))
        (br $simd)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (local.set $d (i32.shr_u (local.get $c) (i32.const 4)))
        (i32.store8 (local.get $q) (i32.add (i32.add (local.get $d) (i32.const 48)) (i32.mul (i32.gt_u (local.get $d) (i32.const 9)) (i32.const 39))))
        (local.set $d (i32.and (local.get $c) (i32.const 15)))
        (i32.store8 offset=1 (local.get $q) (i32.add (i32.add (local.get $d) (i32.const 48)) (i32.mul (i32.gt_u (local.get $d) (i32.const 9)) (i32.const 39))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $q (i32.add (local.get $q) (i32.const 2)))
        (br $next)))
    (local.get $out)))
