;; len of a string in code points: counts the bytes that are not UTF-8 continuation bytes
;; (10xxxxxx), 16 at a time with SIMD (signed byte > -65), then the tail one by one.
(module
  (func ${fn} (param $s i32) (result i64)
    (local $p i32) (local $end i32) (local $c i32) (local $lim v128)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (local.set $lim (i8x16.splat (i32.const -65)))
    (block $vdone
      (loop $vnext
        (br_if $vdone (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 16)))
        (local.set $c (i32.add (local.get $c)
          (i32.popcnt (i8x16.bitmask (i8x16.gt_s (v128.load (local.get $p)) (local.get $lim))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $vnext)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.add (local.get $c)
          (i32.ne (i32.and (i32.load8_u (local.get $p)) (i32.const 0xC0)) (i32.const 0x80))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (i64.extend_i32_u (local.get $c))))
