;; last code point of a string, as a new string: back up over continuation bytes; faults empty (3) on "".
(module
  (func ${fn} (param $s i32) (result i32)
    (local $n i32) (local $p i32) (local $out i32)
    (local.set $n (i32.load (local.get $s)))
    (if (i32.eqz (local.get $n)) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $p (i32.sub (local.get $n) (i32.const 1)))
    (block $found
      (loop $back
        (br_if $found (i32.eqz (local.get $p)))
        (br_if $found (i32.ne (i32.and (i32.load8_u offset=8 (i32.add (local.get $s) (local.get $p))) (i32.const 0xC0)) (i32.const 0x80)))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (br $back)))
    (local.set $out (call $rt_str_alloc (i32.sub (local.get $n) (local.get $p))))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (i32.add (local.get $s) (i32.const 8)) (local.get $p)) (i32.sub (local.get $n) (local.get $p)))
    (local.get $out)))
