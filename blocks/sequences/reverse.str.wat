;; reverse a string by code points: each UTF-8 sequence is copied whole to the mirrored position.
(module
  (func ${fn} (param $s i32) (result i32)
    (local $n i32) (local $out i32) (local $p i32) (local $b i32) (local $k i32) (local $src i32) (local $dst i32)
    (local.set $n (i32.load (local.get $s)))
    (local.set $out (call $rt_str_alloc (local.get $n)))
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $dst (i32.add (i32.add (local.get $out) (i32.const 8)) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $n)))
        (local.set $b (i32.load8_u (i32.add (local.get $src) (local.get $p))))
        (if (i32.lt_u (local.get $b) (i32.const 0x80))
          (then
            (i32.store8 (i32.sub (i32.sub (local.get $dst) (local.get $p)) (i32.const 1)) (local.get $b))
            (local.set $p (i32.add (local.get $p) (i32.const 1))))
          (else
            (local.set $k (select (i32.const 2) (select (i32.const 3) (i32.const 4) (i32.lt_u (local.get $b) (i32.const 0xF0))) (i32.lt_u (local.get $b) (i32.const 0xE0))))
            (if (i32.gt_u (i32.add (local.get $p) (local.get $k)) (local.get $n)) (then (local.set $k (i32.sub (local.get $n) (local.get $p)))))
            (memory.copy (i32.sub (i32.sub (local.get $dst) (local.get $p)) (local.get $k)) (i32.add (local.get $src) (local.get $p)) (local.get $k))
            (local.set $p (i32.add (local.get $p) (local.get $k)))))
        (br $next)))
    (local.get $out)))
