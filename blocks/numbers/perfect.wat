;; perfect: every even perfect number is 2^(p-1)(2^p - 1) with 2^p - 1 a Mersenne prime, and no odd one
;; exists below 10^1500, so the perfect ints are exactly the eight of p = 2, 3, 5, 7, 13, 17, 19, 31.
(module
  (func ${fn} (param $n i64) (result i32)
    (i32.or
      (i32.or
        (i32.or (i64.eq (local.get $n) (i64.const 6)) (i64.eq (local.get $n) (i64.const 28)))
        (i32.or (i64.eq (local.get $n) (i64.const 496)) (i64.eq (local.get $n) (i64.const 8128))))
      (i32.or
        (i32.or (i64.eq (local.get $n) (i64.const 33550336)) (i64.eq (local.get $n) (i64.const 8589869056)))
        (i32.or (i64.eq (local.get $n) (i64.const 137438691328)) (i64.eq (local.get $n) (i64.const 2305843008139952128)))))))
