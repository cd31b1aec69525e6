;; unrle: concatenate each (string, count) repeated. First pass: fault (argument) on a negative
;; count and size the result, noting (not yet faulting) when it passes 2^31 - 1 bytes, so a negative
;; count anywhere wins; second pass copies each run by doubling.
(module
  (func ${fn} (param $runs i32) (result i32)
    (local $n i32) (local $i i32) (local $t i32) (local $len i64) (local $c i64) (local $total i64) (local $big i32)
    (local $out i32) (local $q i32) (local $src i32) (local $l i32) (local $bytes i32) (local $done i32) (local $chunk i32)
    (local.set $n (i32.load (local.get $runs)))
    (block $sized
      (loop $size
        (br_if $sized (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $runs) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $c (i64.load offset=8 (local.get $t)))
        (if (i64.lt_s (local.get $c) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $len (i64.extend_i32_u (i32.load (i32.load (local.get $t)))))
        (if (i32.eqz (i64.eqz (local.get $len)))
          (then
            (if (i64.gt_u (local.get $c) (i64.div_u (i64.sub (i64.const 0x7fffffff) (local.get $total)) (local.get $len)))
              (then (local.set $big (i32.const 1)))
              (else (local.set $total (i64.add (local.get $total) (i64.mul (local.get $len) (local.get $c))))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $size)))
    (if (local.get $big) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $out (call $rt_str_alloc (i32.wrap_i64 (local.get $total))))
    (local.set $q (i32.add (local.get $out) (i32.const 8)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $t (i32.load offset=8 (i32.add (local.get $runs) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $src (i32.add (i32.load (local.get $t)) (i32.const 8)))
        (local.set $l (i32.load (i32.load (local.get $t))))
        (local.set $bytes (i32.wrap_i64 (i64.mul (i64.extend_i32_u (local.get $l)) (i64.load offset=8 (local.get $t)))))
        (if (local.get $bytes)
          (then
            ;; one copy from the source, then double what is written until the run is complete
            (memory.copy (local.get $q) (local.get $src) (local.get $l))
            (local.set $done (local.get $l))
            (block $copied
              (loop $double
                (br_if $copied (i32.ge_u (local.get $done) (local.get $bytes)))
                (local.set $chunk (select (local.get $done) (i32.sub (local.get $bytes) (local.get $done))
                  (i32.lt_u (local.get $done) (i32.sub (local.get $bytes) (local.get $done)))))
                (memory.copy (i32.add (local.get $q) (local.get $done)) (local.get $q) (local.get $chunk))
                (local.set $done (i32.add (local.get $done) (local.get $chunk)))
                (br $double)))
            (local.set $q (i32.add (local.get $q) (local.get $bytes)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
