(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))
  (global $end_at (mut i32) (i32.const 0))

  ;; the number whose digits start at $p; $end_at is left at the first non-digit
  (func $number (param $p i32) (param $end i32) (result i64)
    (local $v i64) (local $d i32)
    (block $done
      (loop $digit
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $d (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
        (br_if $done (i32.gt_u (local.get $d) (i32.const 9)))
        (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $digit)))
    (global.set $end_at (local.get $p))
    (local.get $v))

  ;; the numbers are written from heap on, growing memory as they come
  (func (export "rangeexpand") (param $s i32) (param $n i32) (result i32 i32)
    (local $end i32) (local $out i32) (local $q i32) (local $lo i64) (local $hi i64)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $out (global.get $heap))
    (local.set $q (local.get $out))
    (loop $part
      (local.set $lo (call $number (local.get $s) (local.get $end)))
      (local.set $s (global.get $end_at))
      (local.set $hi (local.get $lo))
      (if (i32.and (i32.lt_u (local.get $s) (local.get $end)) (i32.eq (i32.load8_u (local.get $s)) (i32.const 45)))
        (then
          (local.set $hi (call $number (i32.add (local.get $s) (i32.const 1)) (local.get $end)))
          (local.set $s (global.get $end_at))))
      (block $filled
        (loop $fill
          (br_if $filled (i64.gt_s (local.get $lo) (local.get $hi)))
          (if (i32.gt_u (i32.add (local.get $q) (i32.const 8)) (i32.shl (memory.size) (i32.const 16)))
            (then (drop (memory.grow (i32.const 1)))))
          (i64.store (local.get $q) (local.get $lo))
          (local.set $q (i32.add (local.get $q) (i32.const 8)))
          (local.set $lo (i64.add (local.get $lo) (i64.const 1)))
          (br $fill)))
      (local.set $s (i32.add (local.get $s) (i32.const 1)))
      (br_if $part (i32.lt_u (local.get $s) (local.get $end))))
    (global.set $heap (local.get $q))
    (local.get $out) (i32.shr_u (i32.sub (local.get $q) (local.get $out)) (i32.const 3))))
