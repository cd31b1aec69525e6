;; count (s: str, sub: str): non-overlapping occurrences of sub in s, scanning left to right, as
;; Python's str.count. Knuth–Morris–Pratt over the UTF-8 bytes (a match of valid UTF-8 is always
;; code point aligned), so the scan is linear. An empty sub occurs code points + 1 times.
(module
  (func ${fn} (param $s i32) (param $sub i32) (result i64)
    (local $n i32) (local $m i32) (local $i i32) (local $q i32) (local $k i32) (local $c i32)
    (local $fail i32) (local $b i32) (local $sp i32) (local $pp i32)
    (local.set $n (i32.load (local.get $s)))
    (local.set $m (i32.load (local.get $sub)))
    (local.set $sp (i32.add (local.get $s) (i32.const 8)))
    (local.set $pp (i32.add (local.get $sub) (i32.const 8)))
    (if (i32.eqz (local.get $m))
      (then
        ;; code points = bytes that are not continuation bytes (10xxxxxx)
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $c (i32.add (local.get $c)
              (i32.ne (i32.and (i32.load8_u (i32.add (local.get $sp) (local.get $i))) (i32.const 0xc0)) (i32.const 0x80))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))
        (return (i64.extend_i32_u (i32.add (local.get $c) (i32.const 1))))))
    (if (i32.gt_u (local.get $m) (local.get $n)) (then (return (i64.const 0))))
    (if (i32.eq (local.get $m) (i32.const 1))
      (then
        (local.set $b (i32.load8_u (local.get $pp)))
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $c (i32.add (local.get $c) (i32.eq (i32.load8_u (i32.add (local.get $sp) (local.get $i))) (local.get $b))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))
        (return (i64.extend_i32_u (local.get $c)))))
    ;; failure function: fail[q] = length of the longest proper border of sub[0..q]
    (local.set $fail (call $rt_alloc (i32.shl (local.get $m) (i32.const 2))))
    (i32.store (local.get $fail) (i32.const 0))
    (local.set $q (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $q) (local.get $m)))
        (local.set $b (i32.load8_u (i32.add (local.get $pp) (local.get $q))))
        (block $stop
          (loop $back
            (br_if $stop (i32.eqz (local.get $k)))
            (br_if $stop (i32.eq (i32.load8_u (i32.add (local.get $pp) (local.get $k))) (local.get $b)))
            (local.set $k (i32.load (i32.add (local.get $fail) (i32.shl (i32.sub (local.get $k) (i32.const 1)) (i32.const 2)))))
            (br $back)))
        (if (i32.eq (i32.load8_u (i32.add (local.get $pp) (local.get $k))) (local.get $b))
          (then (local.set $k (i32.add (local.get $k) (i32.const 1)))))
        (i32.store (i32.add (local.get $fail) (i32.shl (local.get $q) (i32.const 2))) (local.get $k))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $next)))
    ;; scan: q = bytes of sub matched so far; a full match counts and restarts (non-overlapping)
    (local.set $q (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $b (i32.load8_u (i32.add (local.get $sp) (local.get $i))))
        (block $stop
          (loop $back
            (br_if $stop (i32.eqz (local.get $q)))
            (br_if $stop (i32.eq (i32.load8_u (i32.add (local.get $pp) (local.get $q))) (local.get $b)))
            (local.set $q (i32.load (i32.add (local.get $fail) (i32.shl (i32.sub (local.get $q) (i32.const 1)) (i32.const 2)))))
            (br $back)))
        (if (i32.eq (i32.load8_u (i32.add (local.get $pp) (local.get $q))) (local.get $b))
          (then (local.set $q (i32.add (local.get $q) (i32.const 1)))))
        (if (i32.eq (local.get $q) (local.get $m))
          (then
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (local.set $q (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.extend_i32_u (local.get $c))))
