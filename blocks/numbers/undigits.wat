;; undigits: v = v*10 + d left to right; every element is checked to be a digit (argument), and the value
;; to stay <= INT64_MAX (overflow) — a digit error anywhere wins over an overflow.
(module
  (func ${fn} (param $ds i32) (result i64)
    (local $p i32) (local $end i32) (local $d i64) (local $v i64) (local $over i32)
    (local.set $p (i32.add (local.get $ds) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $ds)) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $d (i64.load (local.get $p)))
        (if (i64.gt_u (local.get $d) (i64.const 9)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        (if (i64.gt_u (local.get $v) (i64.div_u (i64.sub (i64.const 0x7fffffffffffffff) (local.get $d)) (i64.const 10)))
          (then (local.set $over (i32.const 1)))
          (else (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (local.get $d)))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (if (local.get $over) (then (call $rt_fault (i32.const 6)) (unreachable)))
    (local.get $v)))
