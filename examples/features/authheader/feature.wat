(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 72))
  (data (i32.const 0) "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
  (data (i32.const 64) "Basic ")

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  ;; the base64 digit of the 6 bits of v at shift
  (func $digit (param $v i32) (param $shift i32) (result i32)
    (i32.load8_u (i32.and (i32.shr_u (local.get $v) (local.get $shift)) (i32.const 63))))

  (func (export "authheader") (param $user i32) (param $ulen i32) (param $pw i32) (param $plen i32) (result i32 i32)
    (local $in i32) (local $n i32) (local $out i32) (local $p i32) (local $i i32) (local $v i32) (local $pad i32)
    ;; "user:password" and two zero bytes to fill the last group
    (local.set $n (i32.add (i32.add (local.get $ulen) (local.get $plen)) (i32.const 1)))
    (local.set $in (call $alloc (i32.add (local.get $n) (i32.const 2))))
    (memory.copy (local.get $in) (local.get $user) (local.get $ulen))
    (i32.store8 (i32.add (local.get $in) (local.get $ulen)) (i32.const 58))
    (memory.copy (i32.add (i32.add (local.get $in) (local.get $ulen)) (i32.const 1)) (local.get $pw) (local.get $plen))
    (i32.store16 (i32.add (local.get $in) (local.get $n)) (i32.const 0))
    ;; "Basic " and four digits per three bytes
    (local.set $out (call $alloc (i32.add (i32.const 6) (i32.shl (i32.div_u (i32.add (local.get $n) (i32.const 2)) (i32.const 3)) (i32.const 2)))))
    (memory.copy (local.get $out) (i32.const 64) (i32.const 6))
    (local.set $p (i32.add (local.get $out) (i32.const 6)))
    (block $done
      (loop $group
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $v (i32.or (i32.or
          (i32.shl (i32.load8_u (i32.add (local.get $in) (local.get $i))) (i32.const 16))
          (i32.shl (i32.load8_u offset=1 (i32.add (local.get $in) (local.get $i))) (i32.const 8)))
          (i32.load8_u offset=2 (i32.add (local.get $in) (local.get $i)))))
        (i32.store8 (local.get $p) (call $digit (local.get $v) (i32.const 18)))
        (i32.store8 offset=1 (local.get $p) (call $digit (local.get $v) (i32.const 12)))
        (i32.store8 offset=2 (local.get $p) (call $digit (local.get $v) (i32.const 6)))
        (i32.store8 offset=3 (local.get $p) (call $digit (local.get $v) (i32.const 0)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (local.set $i (i32.add (local.get $i) (i32.const 3)))
        (br $group)))
    ;; an = for each byte the last group lacked
    (local.set $pad (i32.sub (local.get $i) (local.get $n)))
    (memory.fill (i32.sub (local.get $p) (local.get $pad)) (i32.const 61) (local.get $pad))
    (local.get $out) (i32.sub (local.get $p) (local.get $out))))
