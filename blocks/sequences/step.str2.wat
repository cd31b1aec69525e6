;; step over a string: code points 0, k, 2k, ... (a code point starts at every byte that is not a
;; UTF-8 continuation byte 10xxxxxx); fault argument (4) when k <= 0.
(module
  (func ${fn} (param $s i32) (param $k i64) (result i32)
    (local $n i32) (local $step i32) (local $p i32) (local $end i32) (local $out i32) (local $d i32)
    (local $c i32) (local $count i32) (local $take i32)
    (if (i64.le_s (local.get $k) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $n (i32.load (local.get $s)))
    ;; a step past the number of code points (at most n) takes just the first
    (local.set $step (if (result i32) (i64.gt_s (local.get $k) (i64.extend_i32_u (local.get $n)))
      (then (i32.add (local.get $n) (i32.const 1))) (else (i32.wrap_i64 (local.get $k)))))
    ;; room for all of s; the length is set when done
    (local.set $out (call $rt_str_alloc (local.get $n)))
    (local.set $d (i32.add (local.get $out) (i32.const 8)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.ne (i32.and (local.get $c) (i32.const 0xC0)) (i32.const 0x80))
          (then
            (local.set $take (i32.eqz (local.get $count)))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (if (i32.eq (local.get $count) (local.get $step)) (then (local.set $count (i32.const 0))))))
        (if (local.get $take)
          (then
            (i32.store8 (local.get $d) (local.get $c))
            (local.set $d (i32.add (local.get $d) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (i32.store (local.get $out) (i32.sub (local.get $d) (i32.add (local.get $out) (i32.const 8))))
    (local.get $out)))
