;; lines: s split at each \n, a \r just before the \n dropped with it; a final \n ends the last line
;; rather than starting an empty one, so "" has no lines and "a\n" has one.
(module
  (func ${fn} (param $s i32) (result i32)
    (local $src i32) (local $n i32) (local $i i32) (local $k i32) (local $start i32) (local $e i32) (local $out i32) (local $slot i32)
    (local $nl v128)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    ;; count the \n bytes, 16 at a time
    (local.set $nl (i8x16.splat (i32.const 10)))
    (block $tail
      (loop $chunk
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $k (i32.add (local.get $k)
          (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load (i32.add (local.get $src) (local.get $i))) (local.get $nl))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunk)))
    (block $counted
      (loop $byte
        (br_if $counted (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (i32.add (local.get $k) (i32.eq (i32.load8_u (i32.add (local.get $src) (local.get $i))) (i32.const 10))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    ;; text after the last \n is one more line
    (if (i32.and (i32.gt_u (local.get $n) (i32.const 0))
                 (i32.ne (i32.load8_u offset=7 (i32.add (local.get $s) (local.get $n))) (i32.const 10)))
      (then (local.set $k (i32.add (local.get $k) (i32.const 1)))))
    (local.set $out (call $rt_arr_alloc (local.get $k) (i32.const 4)))
    (local.set $slot (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $line
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $start (local.get $i))
        (block $eol
          (loop $scan
            (br_if $eol (i32.ge_u (local.get $i) (local.get $n)))
            (br_if $eol (i32.eq (i32.load8_u (i32.add (local.get $src) (local.get $i))) (i32.const 10)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $scan)))
        (local.set $e (local.get $i))
        (if (i32.lt_u (local.get $i) (local.get $n))
          (then
            ;; at a \n: drop a \r before it, and step over it
            (if (i32.and (i32.gt_u (local.get $e) (local.get $start))
                         (i32.eq (i32.load8_u (i32.sub (i32.add (local.get $src) (local.get $e)) (i32.const 1))) (i32.const 13)))
              (then (local.set $e (i32.sub (local.get $e) (i32.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))))
        (i32.store (local.get $slot) (call ${fn}__slice (i32.add (local.get $src) (local.get $start)) (i32.sub (local.get $e) (local.get $start))))
        (local.set $slot (i32.add (local.get $slot) (i32.const 4)))
        (br $line)))
    (local.get $out))
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
