(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 56))
  ;; 13 numerals of 4 bytes: the value (u16), then the symbol's one or two letters
  (data (i32.const 0)
    "\e8\03M\00" "\84\03CM" "\f4\01D\00" "\90\01CD" "\64\00C\00" "\5a\00XC" "\32\00L\00"
    "\28\00XL" "\0a\00X\00" "\09\00IX" "\05\00V\00" "\04\00IV" "\01\00I\00")

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  (func $symlen (param $entry i32) (result i32)
    (i32.add (i32.const 1) (i32.ne (i32.load8_u offset=3 (local.get $entry)) (i32.const 0))))

  ;; the value of the numeral of n bytes at s, taking the largest numerals first
  (func $value (param $s i32) (param $n i32) (result i32)
    (local $end i32) (local $entry i32) (local $len i32) (local $total i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (loop $numeral
      (local.set $len (call $symlen (local.get $entry)))
      (block $next
        (loop $repeat
          (br_if $next (i32.gt_u (i32.add (local.get $s) (local.get $len)) (local.get $end)))
          (br_if $next (i32.ne (i32.load8_u (local.get $s)) (i32.load8_u offset=2 (local.get $entry))))
          (if (i32.eq (local.get $len) (i32.const 2))
            (then (br_if $next (i32.ne (i32.load8_u offset=1 (local.get $s)) (i32.load8_u offset=3 (local.get $entry))))))
          (local.set $total (i32.add (local.get $total) (i32.load16_u (local.get $entry))))
          (local.set $s (i32.add (local.get $s) (local.get $len)))
          (br $repeat)))
      (local.set $entry (i32.add (local.get $entry) (i32.const 4)))
      (br_if $numeral (i32.lt_u (local.get $entry) (i32.const 52))))
    (local.get $total))

  (func (export "romanadd") (param $a i32) (param $alen i32) (param $b i32) (param $blen i32) (result i32 i32)
    (local $n i32) (local $out i32) (local $p i32) (local $entry i32)
    (local.set $n (i32.add (call $value (local.get $a) (local.get $alen)) (call $value (local.get $b) (local.get $blen))))
    (local.set $out (call $alloc (i32.const 16)))
    (local.set $p (local.get $out))
    (loop $numeral
      (block $next
        (loop $repeat
          (br_if $next (i32.lt_u (local.get $n) (i32.load16_u (local.get $entry))))
          (i32.store16 (local.get $p) (i32.load16_u offset=2 (local.get $entry)))
          (local.set $p (i32.add (local.get $p) (call $symlen (local.get $entry))))
          (local.set $n (i32.sub (local.get $n) (i32.load16_u (local.get $entry))))
          (br $repeat)))
      (local.set $entry (i32.add (local.get $entry) (i32.const 4)))
      (br_if $numeral (i32.lt_u (local.get $entry) (i32.const 52))))
    (local.get $out) (i32.sub (local.get $p) (local.get $out))))
