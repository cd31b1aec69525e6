;; commas: count the digits D of |n| (unsigned, so INT64_MIN works); the text is the sign, D digits and
;; (D - 1) / 3 commas, written from the end with a comma before every third digit.
(module
  (func ${fn} (param $x i64) (result i32)
    (local $neg i32) (local $u i64) (local $t i64) (local $n i32) (local $s i32) (local $p i32) (local $k i32)
    (local.set $neg (i64.lt_s (local.get $x) (i64.const 0)))
    (local.set $u (select (i64.sub (i64.const 0) (local.get $x)) (local.get $x) (local.get $neg)))
    (local.set $t (local.get $u))
    (local.set $n (i32.const 1))
    (block $counted
      (loop $count
        (br_if $counted (i64.lt_u (local.get $t) (i64.const 10)))
        (local.set $t (i64.div_u (local.get $t) (i64.const 10)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $count)))
    (local.set $n (i32.add (i32.add (local.get $n) (local.get $neg))
      (i32.div_u (i32.sub (local.get $n) (i32.const 1)) (i32.const 3))))
    (local.set $s (call $rt_str_alloc (local.get $n)))
    (if (local.get $neg) (then (i32.store8 offset=8 (local.get $s) (i32.const 45))))
    (local.set $p (i32.add (i32.add (local.get $s) (i32.const 8)) (local.get $n)))
    (loop $digit
      (if (i32.eq (local.get $k) (i32.const 3))
        (then
          (local.set $p (i32.sub (local.get $p) (i32.const 1)))
          (i32.store8 (local.get $p) (i32.const 44))
          (local.set $k (i32.const 0))))
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $u) (i64.const 10)))))
      (local.set $u (i64.div_u (local.get $u) (i64.const 10)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $digit (i64.ne (local.get $u) (i64.const 0))))
    (local.get $s)))
