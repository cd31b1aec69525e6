;; caesar: letters shifted by r = k mod 26. With lc = byte | 0x20 and off = lc - 'a' (mod 256), a
;; byte is an ASCII letter exactly when off < 26; it gains r, or r - 26 when off + r >= 26.
;; 16 bytes at a time with SIMD, then byte by byte.
(module
  (func ${fn} (param $s i32) (param $k i64) (result i32)
    (local $n i32) (local $r i32) (local $p i32) (local $end i32) (local $q i32) (local $out i32)
    (local $c i32) (local $off i32)
    (local $v v128) (local $vo v128) (local $vr v128)
    (local.set $r (i32.wrap_i64 (i64.rem_s (local.get $k) (i64.const 26))))
    (if (i32.lt_s (local.get $r) (i32.const 0)) (then (local.set $r (i32.add (local.get $r) (i32.const 26)))))
    (local.set $n (i32.load (local.get $s)))
    (local.set $out (call $rt_str_alloc (local.get $n)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $vr (i8x16.splat (local.get $r)))
    (block $simd_done
      (loop $simd
        (br_if $simd_done (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 16)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $vo (i8x16.sub (v128.or (local.get $v) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32))
                                  (v128.const i8x16 97 97 97 97 97 97 97 97 97 97 97 97 97 97 97 97)))
        (v128.store (local.get $q)
          (i8x16.add (local.get $v)
            (v128.and
              (i8x16.lt_u (local.get $vo) (v128.const i8x16 26 26 26 26 26 26 26 26 26 26 26 26 26 26 26 26))
              (i8x16.sub (local.get $vr)
                (v128.and
                  (i8x16.gt_u (i8x16.add (local.get $vo) (local.get $vr)) (v128.const i8x16 25 25 25 25 25 25 25 25 25 25 25 25 25 25 25 25))
                  (v128.const i8x16 26 26 26 26 26 26 26 26 26 26 26 26 26 26 26 26))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (local.set $q (i32.add (local.get $q) (i32.const 16)))
        (br $simd)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (local.set $off (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 97)))
        (if (i32.lt_u (local.get $off) (i32.const 26))
          (then
            (local.set $c (i32.add (local.get $c) (local.get $r)))
            (if (i32.ge_u (i32.add (local.get $off) (local.get $r)) (i32.const 26))
              (then (local.set $c (i32.sub (local.get $c) (i32.const 26)))))))
        (i32.store8 (local.get $q) (local.get $c))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $next)))
    (local.get $out)))
