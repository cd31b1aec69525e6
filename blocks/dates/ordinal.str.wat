;; ordinal over an ISO date "YYYY-MM-DD": exactly 10 bytes, '-' at 4 and 7, ASCII digits elsewhere
;; (else argument); the fields go to ordinal(year, month, day), which checks the date exists.
(module
  (import "blocks" "ordinal" (func $ordinal (param i64 i64 i64) (result i64)))
  ;; the value of the n ASCII digits at p; faults with argument on any other byte
  (func ${fn}__num (param $p i32) (param $n i32) (result i64)
    (local $v i64) (local $c i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
        (if (i32.gt_u (local.get $c) (i32.const 9)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (i64.extend_i32_u (local.get $c))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $v))
  (func ${fn} (param $s i32) (result i64)
    (local $p i32)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (if (i32.or (i32.ne (i32.load (local.get $s)) (i32.const 10))
          (i32.or (i32.ne (i32.load8_u offset=4 (local.get $p)) (i32.const 45))
                  (i32.ne (i32.load8_u offset=7 (local.get $p)) (i32.const 45))))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (call $ordinal
      (call ${fn}__num (local.get $p) (i32.const 4))
      (call ${fn}__num (i32.add (local.get $p) (i32.const 5)) (i32.const 2))
      (call ${fn}__num (i32.add (local.get $p) (i32.const 8)) (i32.const 2)))))
