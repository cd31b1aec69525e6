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

  (func $same (param $a i32) (param $b i32) (param $n i32) (result i32)
    (block $differ
      (loop $next
        (if (i32.eqz (local.get $n)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  (func $alnum (param $c i32) (result i32)
    (i32.or (i32.lt_u (i32.sub (local.get $c) (i32.const 97)) (i32.const 26))
            (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10))))

  ;; result: (ptr, len) records pointing into a lower-cased copy of the text
  (func (export "hashtags") (param $text i32) (param $n i32) (result i32 i32)
    (local $s i32) (local $end i32) (local $i i32) (local $c i32) (local $p i32) (local $start i32) (local $len i32)
    (local $tags i32) (local $count i32) (local $r i32)
    (local.set $s (call $alloc (local.get $n)))
    (block $lowered
      (loop $copy
        (br_if $lowered (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $text) (local.get $i))))
        (if (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26))
          (then (local.set $c (i32.or (local.get $c) (i32.const 32)))))
        (i32.store8 (i32.add (local.get $s) (local.get $i)) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    (local.set $tags (call $alloc (i32.shl (i32.shr_u (local.get $n) (i32.const 1)) (i32.const 3))))
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $p (local.get $s))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br_if $next (i32.ne (i32.load8_u (i32.sub (local.get $p) (i32.const 1))) (i32.const 35)))
        (local.set $start (local.get $p))
        (block $ended
          (loop $char
            (br_if $ended (i32.ge_u (local.get $p) (local.get $end)))
            (br_if $ended (i32.eqz (call $alnum (i32.load8_u (local.get $p)))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $char)))
        (local.set $len (i32.sub (local.get $p) (local.get $start)))
        (br_if $next (i32.eqz (local.get $len)))
        ;; appended unless an earlier tag is the same
        (local.set $r (local.get $tags))
        (block $found
          (loop $find
            (if (i32.eq (local.get $r) (i32.add (local.get $tags) (i32.shl (local.get $count) (i32.const 3))))
              (then
                (i32.store (local.get $r) (local.get $start))
                (i32.store offset=4 (local.get $r) (local.get $len))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))
                (br $found)))
            (if (i32.eq (i32.load offset=4 (local.get $r)) (local.get $len))
              (then (br_if $found (call $same (i32.load (local.get $r)) (local.get $start) (local.get $len)))))
            (local.set $r (i32.add (local.get $r) (i32.const 8)))
            (br $find)))
        (br $next)))
    (local.get $tags) (local.get $count)))
