;; sumdigits: repeated unsigned division of |n| by 10.
(module
  (func ${fn} (param $n i64) (result i64)
    (local $t i64) (local $s i64)
    (local.set $t (i64.shr_s (local.get $n) (i64.const 63)))
    (local.set $n (i64.sub (i64.xor (local.get $n) (local.get $t)) (local.get $t)))
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $t (i64.div_u (local.get $n) (i64.const 10)))
        (local.set $s (i64.add (local.get $s) (i64.sub (local.get $n) (i64.mul (local.get $t) (i64.const 10)))))
        (local.set $n (local.get $t))
        (br $next)))
    (local.get $s)))
