(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  ;; writes the decimal digits of x > 0 at p, returns the address after them
  (func $decimal (param $p i32) (param $x i32) (result i32)
    (local $end i32) (local $t i32)
    (local.set $end (local.get $p))
    (local.set $t (local.get $x))
    (loop $count
      (local.set $end (i32.add (local.get $end) (i32.const 1)))
      (local.set $t (i32.div_u (local.get $t) (i32.const 10)))
      (br_if $count (local.get $t)))
    (local.set $p (local.get $end))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.rem_u (local.get $x) (i32.const 10))))
      (local.set $x (i32.div_u (local.get $x) (i32.const 10)))
      (br_if $digit (local.get $x)))
    (local.get $end))

  (func (export "compress") (param $s i32) (param $n i32) (result i32 i32)
    (local $out i32) (local $p i32) (local $i i32) (local $j i32) (local $c i32)
    (local.set $out (call $alloc (i32.shl (local.get $n) (i32.const 1))))
    (local.set $p (local.get $out))
    (block $done
      (loop $run
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $s) (local.get $i))))
        (local.set $j (local.get $i))
        (block $end
          (loop $same
            (br_if $end (i32.ge_u (local.get $j) (local.get $n)))
            (br_if $end (i32.ne (i32.load8_u (i32.add (local.get $s) (local.get $j))) (local.get $c)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $same)))
        (i32.store8 (local.get $p) (local.get $c))
        (local.set $p (call $decimal (i32.add (local.get $p) (i32.const 1)) (i32.sub (local.get $j) (local.get $i))))
        (local.set $i (local.get $j))
        (br $run)))
    (local.get $out) (i32.sub (local.get $p) (local.get $out))))
