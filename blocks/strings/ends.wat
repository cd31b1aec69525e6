;; ends: whether s finishes with suffix (bytewise, which for UTF-8 is by code points).
(module
  (func ${fn} (param $s i32) (param $suffix i32) (result i32)
    (local $m i32) (local $n i32)
    (local.set $m (i32.load (local.get $suffix)))
    (local.set $n (i32.load (local.get $s)))
    (if (i32.gt_u (local.get $m) (local.get $n)) (then (return (i32.const 0))))
    (call ${fn}__same (i32.add (i32.add (local.get $s) (i32.const 8)) (i32.sub (local.get $n) (local.get $m)))
                      (i32.add (local.get $suffix) (i32.const 8)) (local.get $m)))
  ;; whether the n bytes at a and at b are equal, 16 at a time
  (func ${fn}__same (param $a i32) (param $b i32) (param $n i32) (result i32)
    (block $tail
      (loop $chunk
        (br_if $tail (i32.lt_u (local.get $n) (i32.const 16)))
        (if (v128.any_true (v128.xor (v128.load (local.get $a)) (v128.load (local.get $b)))) (then (return (i32.const 0))))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $b (i32.add (local.get $b) (i32.const 16)))
        (local.set $n (i32.sub (local.get $n) (i32.const 16)))
        (br $chunk)))
    (block $done
      (loop $byte
        (br_if $done (i32.eqz (local.get $n)))
        (if (i32.ne (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b))) (then (return (i32.const 0))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $byte)))
    (i32.const 1))
)
