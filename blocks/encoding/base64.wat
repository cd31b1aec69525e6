;; base64: each 3 bytes become 4 characters of the alphabet (64 bytes of data); the last 1 or 2
;; bytes become 2 or 3 characters and = padding.
(module
  (import "link" "{fn}_data" (global ${fn}_data i32))
  (func ${fn} (param $s i32) (result i32)
    (local $n i32) (local $p i32) (local $end3 i32) (local $q i32) (local $out i32) (local $t i32) (local $x i32) (local $r i32)
    (local.set $n (i32.load (local.get $s)))
    ;; 4 * ceil(n / 3) must fit a string
    (if (i32.gt_u (local.get $n) (i32.const 0x5ffffffd)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_str_alloc (i32.shl (i32.div_u (i32.add (local.get $n) (i32.const 2)) (i32.const 3)) (i32.const 2))))
    (local.set $t (global.get ${fn}_data))
    (local.set $r (i32.rem_u (local.get $n) (i32.const 3)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end3 (i32.sub (i32.add (local.get $p) (local.get $n)) (local.get $r)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end3)))
        (local.set $x (i32.or (i32.or
          (i32.shl (i32.load8_u (local.get $p)) (i32.const 16))
          (i32.shl (i32.load8_u offset=1 (local.get $p)) (i32.const 8)))
          (i32.load8_u offset=2 (local.get $p))))
        (i32.store8 (local.get $q) (i32.load8_u (i32.add (local.get $t) (i32.shr_u (local.get $x) (i32.const 18)))))
        (i32.store8 offset=1 (local.get $q) (i32.load8_u (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $x) (i32.const 12)) (i32.const 63)))))
        (i32.store8 offset=2 (local.get $q) (i32.load8_u (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $x) (i32.const 6)) (i32.const 63)))))
        (i32.store8 offset=3 (local.get $q) (i32.load8_u (i32.add (local.get $t) (i32.and (local.get $x) (i32.const 63)))))
        (local.set $p (i32.add (local.get $p) (i32.const 3)))
        (local.set $q (i32.add (local.get $q) (i32.const 4)))
        (br $next)))
    (if (local.get $r)
      (then
        (local.set $x (i32.shl (i32.load8_u (local.get $p)) (i32.const 16)))
        (if (i32.eq (local.get $r) (i32.const 2))
          (then (local.set $x (i32.or (local.get $x) (i32.shl (i32.load8_u offset=1 (local.get $p)) (i32.const 8))))))
        (i32.store8 (local.get $q) (i32.load8_u (i32.add (local.get $t) (i32.shr_u (local.get $x) (i32.const 18)))))
        (i32.store8 offset=1 (local.get $q) (i32.load8_u (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $x) (i32.const 12)) (i32.const 63)))))
        (i32.store8 offset=2 (local.get $q)
          (select (i32.load8_u (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $x) (i32.const 6)) (i32.const 63)))) (i32.const 61) (i32.eq (local.get $r) (i32.const 2))))
        (i32.store8 offset=3 (local.get $q) (i32.const 61))))
    (local.get $out))
  (data (i32.const 0) "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
