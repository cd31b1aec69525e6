;; slice on a string: code points a..b with Python's rules. Counts the code points once, then
;; finds both byte offsets in one forward scan.
(module
  (func ${fn} (param $s i32) (param $a i64) (param $b i64) (result i32)
    (local $len i32) (local $n i32) (local $i i32) (local $j i32) (local $p i32) (local $c i32)
    (local $pi i32) (local $pj i32) (local $out i32)
    (local.set $len (i32.load (local.get $s)))
    ;; n = code points
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $p) (local.get $len)))
        (local.set $n (i32.add (local.get $n)
          (i32.ne (i32.and (i32.load8_u offset=8 (i32.add (local.get $s) (local.get $p))) (i32.const 0xC0)) (i32.const 0x80))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $count)))
    (local.set $i (call ${fn}__bound (local.get $n) (local.get $a)))
    (local.set $j (call ${fn}__bound (local.get $n) (local.get $b)))
    (if (i32.lt_u (local.get $j) (local.get $i)) (then (local.set $j (local.get $i))))
    ;; byte offsets of code points i and j (the byte length for j = n)
    (local.set $pi (local.get $len))
    (local.set $pj (local.get $len))
    (local.set $p (i32.const 0))
    (block $found
      (loop $scan
        (br_if $found (i32.ge_u (local.get $p) (local.get $len)))
        (if (i32.ne (i32.and (i32.load8_u offset=8 (i32.add (local.get $s) (local.get $p))) (i32.const 0xC0)) (i32.const 0x80))
          (then
            (if (i32.eq (local.get $c) (local.get $i)) (then (local.set $pi (local.get $p))))
            (if (i32.eq (local.get $c) (local.get $j)) (then (local.set $pj (local.get $p)) (br $found)))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $scan)))
    (local.set $out (call $rt_str_alloc (i32.sub (local.get $pj) (local.get $pi))))
    (memory.copy (i32.add (local.get $out) (i32.const 8)) (i32.add (i32.add (local.get $s) (i32.const 8)) (local.get $pi))
      (i32.sub (local.get $pj) (local.get $pi)))
    (local.get $out))

  (func ${fn}__bound (param $n i32) (param $i i64) (result i32)
    (if (i64.lt_s (local.get $i) (i64.const 0)) (then (local.set $i (i64.add (local.get $i) (i64.extend_i32_u (local.get $n))))))
    (if (i64.lt_s (local.get $i) (i64.const 0)) (then (return (i32.const 0))))
    (if (i64.gt_s (local.get $i) (i64.extend_i32_u (local.get $n))) (then (return (local.get $n))))
    (i32.wrap_i64 (local.get $i))))
