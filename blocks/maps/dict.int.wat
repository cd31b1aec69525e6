;; dict with int keys: put each pair's key (kind 0) and copy its 8-byte value slot.
(module
  (func ${fn} (param $ps i32) (result i32)
    (local $m i32) (local $n i32) (local $i i32) (local $p i32)
    (local.set $m (call $rt_map_new))
    (local.set $n (i32.load (local.get $ps)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (i32.load offset=8 (i32.add (local.get $ps) (i32.shl (local.get $i) (i32.const 2)))))
        (i64.store (call $rt_map_put (local.get $m) (i32.const 0) (i64.load (local.get $p))) (i64.load offset=8 (local.get $p)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $m)))
