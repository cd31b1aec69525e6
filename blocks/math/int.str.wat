;; int over str: parse base-10 like Python's int(): surrounding ASCII whitespace, an optional sign, then
;; one or more digits 0-9 and nothing else (else argument); faults with overflow outside the int range.
;; The magnitude is accumulated as an unsigned number; a -9223372036854775808 fits.
(module
  (func ${fn}__ws (param $c i32) (result i32)
    (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))
  (func ${fn} (param $s i32) (result i64)
    (local $p i32) (local $end i32) (local $c i32) (local $neg i32) (local $over i32) (local $start i32)
    (local $mag i64) (local $limit i64)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $done (i32.eqz (call ${fn}__ws (i32.load8_u (local.get $p)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.le_u (local.get $end) (local.get $p)))
        (br_if $done (i32.eqz (call ${fn}__ws (i32.load8_u (i32.sub (local.get $end) (i32.const 1))))))
        (local.set $end (i32.sub (local.get $end) (i32.const 1)))
        (br $next)))
    (if (i32.lt_u (local.get $p) (local.get $end))
      (then
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
          (then
            (local.set $neg (i32.eq (local.get $c) (i32.const 45)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))))
    (local.set $limit (i64.add (i64.const 0x7fffffffffffffff) (i64.extend_i32_u (local.get $neg))))
    (local.set $start (local.get $p))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
        (if (i32.gt_u (local.get $c) (i32.const 9)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        ;; mag*10 + c > limit?
        (if (i64.gt_u (local.get $mag) (i64.div_u (i64.sub (local.get $limit) (i64.extend_i32_u (local.get $c))) (i64.const 10)))
          (then (local.set $over (i32.const 1)))
          (else (local.set $mag (i64.add (i64.mul (local.get $mag) (i64.const 10)) (i64.extend_i32_u (local.get $c))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (if (i32.eq (local.get $p) (local.get $start)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (local.get $over) (then (call $rt_fault (i32.const 6)) (unreachable)))
    (select (i64.sub (i64.const 0) (local.get $mag)) (local.get $mag) (local.get $neg))))
