;; zfill: s padded on the left with "0" to width code points, the zeros going after a leading + or -
;; sign (Python's str.zfill); s itself when it is already that long. A result over 2 GB faults (5).
(module
  (func ${fn} (param $s i32) (param $width i64) (result i32)
    (local $n i32) (local $src i32) (local $k i64) (local $out i32) (local $d i32) (local $sign i32) (local $b i32)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    (local.set $k (i64.extend_i32_u (call ${fn}__count (local.get $src) (local.get $n))))
    (if (i64.le_s (local.get $width) (local.get $k)) (then (return (call ${fn}__slice (local.get $src) (local.get $n)))))
    (local.set $k (i64.sub (local.get $width) (local.get $k)))
    (if (i64.gt_u (i64.add (local.get $k) (i64.extend_i32_u (local.get $n))) (i64.const 0x7FFF0000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_str_alloc (i32.add (local.get $n) (i32.wrap_i64 (local.get $k)))))
    (local.set $d (i32.add (local.get $out) (i32.const 8)))
    (if (local.get $n)
      (then
        (local.set $b (i32.load8_u (local.get $src)))
        (local.set $sign (i32.or (i32.eq (local.get $b) (i32.const 0x2B)) (i32.eq (local.get $b) (i32.const 0x2D))))))
    (if (local.get $sign) (then (i32.store8 (local.get $d) (local.get $b))))
    (memory.fill (i32.add (local.get $d) (local.get $sign)) (i32.const 0x30) (i32.wrap_i64 (local.get $k)))
    (memory.copy (i32.add (i32.add (local.get $d) (local.get $sign)) (i32.wrap_i64 (local.get $k)))
      (i32.add (local.get $src) (local.get $sign)) (i32.sub (local.get $n) (local.get $sign)))
    (local.get $out))
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
  ;; a new string holding the n bytes at p
  (func ${fn}__slice (param $p i32) (param $n i32) (result i32)
    (local $out i32)
    (local.set $out (call $rt_str_alloc (local.get $n)))
    (call ${fn}__copy (i32.add (local.get $out) (i32.const 8)) (local.get $p) (local.get $n))
    (local.get $out))
  ;; copies n bytes from s to d (distinct regions): short runs byte by byte, which beats the engine's
  ;; memory.copy call for the few bytes of a word, longer ones with memory.copy
  (func ${fn}__copy (param $d i32) (param $s i32) (param $n i32)
    (if (i32.gt_u (local.get $n) (i32.const 24))
      (then (memory.copy (local.get $d) (local.get $s) (local.get $n)) (return)))
    (block $done
      (loop $byte
        (br_if $done (i32.eqz (local.get $n)))
        (i32.store8 (local.get $d) (i32.load8_u (local.get $s)))
        (local.set $d (i32.add (local.get $d) (i32.const 1)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $byte))))
)
