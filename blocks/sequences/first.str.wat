;; first code point of a string, as a new string; faults empty (3) on "".
(module
  (func ${fn} (param $s i32) (result i32)
    (local $n i32) (local $b i32) (local $k i32) (local $out i32)
    (local.set $n (i32.load (local.get $s)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $b (i32.load8_u offset=8 (local.get $s)))
    ;; UTF-8 sequence length from the lead byte, never past the end
    (local.set $k
      (select (i32.const 1)
        (select (i32.const 2) (select (i32.const 3) (i32.const 4) (i32.lt_u (local.get $b) (i32.const 0xF0))) (i32.lt_u (local.get $b) (i32.const 0xE0)))
        (i32.lt_u (local.get $b) (i32.const 0x80))))
    (if (i32.gt_u (local.get $k) (local.get $n)) (then (local.set $k (local.get $n))))
    (local.set $out (call $rt_str_alloc (local.get $k)))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (local.get $s) (i32.const 8)) (local.get $k))
    (local.get $out)))
