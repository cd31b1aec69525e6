;; djb2: h = h * 33 + byte (bytes unsigned), from 5381, wrapping at 64 bits.
(module
  (func ${fn} (param $s i32) (result i64)
    (local $p i32) (local $end i32) (local $h i64)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (local.set $h (i64.const 5381))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $h (i64.add (i64.add (i64.shl (local.get $h) (i64.const 5)) (local.get $h)) (i64.load8_u (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $h)))
