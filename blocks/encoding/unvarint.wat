;; unvarint: decode concatenated unsigned LEB128. First pass: every element must be 0..255 and the
;; last byte must end a value; count the values. Second pass decodes, faulting on a value of more
;; than 9 groups (>= 2^63) or a multi-byte value ending in a 0 group (not minimal).
(module
  (func ${fn} (param $bs i32) (result i32)
    (local $n i32) (local $i i32) (local $count i32) (local $b i64) (local $x i64) (local $k i64)
    (local $out i32) (local $q i32)
    (local.set $n (i32.load (local.get $bs)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $b (i64.load offset=8 (i32.add (local.get $bs) (i32.shl (local.get $i) (i32.const 3)))))
        (if (i64.gt_u (local.get $b) (i64.const 255)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $count (i32.add (local.get $count) (i64.lt_u (local.get $b) (i64.const 128))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (if (i32.and (i32.ne (local.get $n) (i32.const 0)) (i64.ge_u (local.get $b) (i64.const 128)))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $out (call $rt_arr_alloc (local.get $count) (i32.const 8)))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done2
      (loop $next2
        (br_if $done2 (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $b (i64.load offset=8 (i32.add (local.get $bs) (i32.shl (local.get $i) (i32.const 3)))))
        (if (i64.ge_u (local.get $k) (i64.const 63)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $x (i64.or (local.get $x) (i64.shl (i64.and (local.get $b) (i64.const 127)) (local.get $k))))
        (local.set $k (i64.add (local.get $k) (i64.const 7)))
        (if (i64.lt_u (local.get $b) (i64.const 128))
          (then
            (if (i32.and (i64.eqz (local.get $b)) (i64.gt_u (local.get $k) (i64.const 7)))
              (then (call $rt_fault (i32.const 4)) (unreachable)))
            (i64.store (local.get $q) (local.get $x))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))
            (local.set $x (i64.const 0))
            (local.set $k (i64.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next2)))
    (local.get $out)))
