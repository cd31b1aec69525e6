;; chars: one string per code point of s, in order.
(module
  (func ${fn} (param $s i32) (result i32)
    (local $src i32) (local $n i32) (local $k i32) (local $out i32) (local $slot i32) (local $i i32) (local $l i32) (local $x i32)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    (local.set $out (call $rt_arr_alloc (call ${fn}__count (local.get $src) (local.get $n)) (i32.const 4)))
    (local.set $slot (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $l (call ${fn}__seqlen (i32.load8_u (i32.add (local.get $src) (local.get $i)))))
        (local.set $x (call $rt_str_alloc (local.get $l)))
        ;; at most 4 bytes: copy them one by one
        (i32.store8 offset=8 (local.get $x) (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (if (i32.gt_u (local.get $l) (i32.const 1))
          (then
            (i32.store8 offset=9 (local.get $x) (i32.load8_u offset=1 (i32.add (local.get $src) (local.get $i))))
            (if (i32.gt_u (local.get $l) (i32.const 2))
              (then
                (i32.store8 offset=10 (local.get $x) (i32.load8_u offset=2 (i32.add (local.get $src) (local.get $i))))
                (if (i32.gt_u (local.get $l) (i32.const 3))
                  (then (i32.store8 offset=11 (local.get $x) (i32.load8_u offset=3 (i32.add (local.get $src) (local.get $i))))))))))
        (i32.store (local.get $slot) (local.get $x))
        (local.set $slot (i32.add (local.get $slot) (i32.const 4)))
        (local.set $i (i32.add (local.get $i) (local.get $l)))
        (br $next)))
    (local.get $out))
  ;; bytes in the UTF-8 sequence that starts with lead byte b
  (func ${fn}__seqlen (param $b i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $b) (i32.const 0x80)) (then (i32.const 1))
      (else (if (result i32) (i32.lt_u (local.get $b) (i32.const 0xE0)) (then (i32.const 2))
        (else (select (i32.const 3) (i32.const 4) (i32.lt_u (local.get $b) (i32.const 0xF0))))))))
  ;; code points in the n bytes at p: the bytes that are not continuation bytes (10xxxxxx), 16 at a time
  (func ${fn}__count (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $k i32)
    (block $tail
      (loop $chunk
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $k (i32.add (local.get $k) (i32.popcnt (i8x16.bitmask
          (i8x16.gt_s (v128.load (i32.add (local.get $p) (local.get $i))) (i8x16.splat (i32.const -65)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunk)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (i32.add (local.get $k) (i32.gt_s (i32.load8_s (i32.add (local.get $p) (local.get $i))) (i32.const -65))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (local.get $k))
)
