;; fnv: FNV-1a 64: h = (h ^ byte) * 0x100000001b3, from 0xcbf29ce484222325.
(module
  (func ${fn} (param $s i32) (result i64)
    (local $p i32) (local $end i32) (local $h i64)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (local.set $h (i64.const 0xcbf29ce484222325))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load8_u (local.get $p))) (i64.const 0x100000001b3)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $h)))
