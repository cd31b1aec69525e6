;; rpad: s followed by copies of the one-character fill up to width code points; s itself when it is
;; already that long. A fill that is not exactly one code point faults (4); a result over 2 GB faults (5).
(module
  (func ${fn} (param $s i32) (param $width i64) (param $fill i32) (result i32)
    (local $m i32) (local $n i32) (local $src i32) (local $k i64) (local $size i64) (local $out i32)
    (local.set $m (call ${fn}__onechar (local.get $fill)))
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    (local.set $k (i64.extend_i32_u (call ${fn}__count (local.get $src) (local.get $n))))
    (if (i64.le_s (local.get $width) (local.get $k)) (then (return (call ${fn}__slice (local.get $src) (local.get $n)))))
    (local.set $k (i64.sub (local.get $width) (local.get $k)))
    (if (i64.gt_u (local.get $k) (i64.const 0x7FFF0000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $size (i64.add (i64.extend_i32_u (local.get $n)) (i64.mul (local.get $k) (i64.extend_i32_u (local.get $m)))))
    (if (i64.gt_u (local.get $size) (i64.const 0x7FFF0000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_str_alloc (i32.wrap_i64 (local.get $size))))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (local.get $src) (local.get $n))
    (drop (call ${fn}__rep (i32.add (i32.add (local.get $out) (i32.const 8)) (local.get $n)) (i32.add (local.get $fill) (i32.const 8)) (local.get $m) (i32.wrap_i64 (local.get $k))))
    (local.get $out))
  ;; bytes in the UTF-8 sequence that starts with lead byte b
  (func ${fn}__seqlen (param $b i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $b) (i32.const 0x80)) (then (i32.const 1))
      (else (if (result i32) (i32.lt_u (local.get $b) (i32.const 0xE0)) (then (i32.const 2))
        (else (select (i32.const 3) (i32.const 4) (i32.lt_u (local.get $b) (i32.const 0xF0))))))))
  ;; faults (4) unless the string at f is exactly one code point; returns its byte length
  (func ${fn}__onechar (param $f i32) (result i32)
    (local $m i32)
    (local.set $m (i32.load (local.get $f)))
    (if (i32.or (i32.eqz (local.get $m)) (i32.ne (local.get $m) (call ${fn}__seqlen (i32.load8_u offset=8 (local.get $f)))))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.get $m))
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
  ;; writes the m-byte (1..4) character at c, k times from d; returns the end
  (func ${fn}__rep (param $d i32) (param $c i32) (param $m i32) (param $k i32) (result i32)
    (local $end i32)
    (if (i32.eq (local.get $m) (i32.const 1))
      (then
        (memory.fill (local.get $d) (i32.load8_u (local.get $c)) (local.get $k))
        (return (i32.add (local.get $d) (local.get $k)))))
    (local.set $end (i32.add (local.get $d) (i32.mul (local.get $k) (local.get $m))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $d) (local.get $end)))
        (i32.store8 (local.get $d) (i32.load8_u (local.get $c)))
        (i32.store8 offset=1 (local.get $d) (i32.load8_u offset=1 (local.get $c)))
        (if (i32.gt_u (local.get $m) (i32.const 2))
          (then
            (i32.store8 offset=2 (local.get $d) (i32.load8_u offset=2 (local.get $c)))
            (if (i32.gt_u (local.get $m) (i32.const 3))
              (then (i32.store8 offset=3 (local.get $d) (i32.load8_u offset=3 (local.get $c)))))))
        (local.set $d (i32.add (local.get $d) (local.get $m)))
        (br $next)))
    (local.get $end))
)
