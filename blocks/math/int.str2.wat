;; int over (str, base): parse like Python's int(s, base) for 2 <= base <= 36 (else argument):
;; surrounding ASCII whitespace, an optional sign, then for base 16/8/2 an optional 0x/0o/0b prefix (any
;; case) that may be followed by one underscore, then digits 0-9, a-z, A-Z each below the base, with single
;; underscores only between digits. Any other text faults with argument (checked over the whole text
;; first), a value outside the int range with overflow. The magnitude is accumulated unsigned against a
;; limit of 2^63 - 1 (2^63 when negative), compared through limit / base and limit % base, so each digit
;; costs a multiply and no division.
(module
  (func ${fn}__ws (param $c i32) (result i32)
    (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))
  (func ${fn} (param $s i32) (param $base i64) (result i64)
    (local $p i32) (local $end i32) (local $c i32) (local $v i32) (local $b i32) (local $neg i32)
    (local $over i32) (local $digits i32) (local $under i32)
    (local $mag i64) (local $limit i64) (local $q i64) (local $r i64)
    (if (i64.gt_u (i64.sub (local.get $base) (i64.const 2)) (i64.const 34))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $b (i32.wrap_i64 (local.get $base)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    ;; trim whitespace at both ends
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
    ;; sign
    (if (i32.lt_u (local.get $p) (local.get $end))
      (then
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
          (then
            (local.set $neg (i32.eq (local.get $c) (i32.const 45)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))))))
    ;; prefix: '0' then x/o/b (lower-cased by | 0x20) when it names this base, then one optional '_'
    (block $noprefix
      (br_if $noprefix (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 2)))
      (br_if $noprefix (i32.ne (i32.load8_u (local.get $p)) (i32.const 48)))
      (local.set $c (i32.or (i32.load8_u offset=1 (local.get $p)) (i32.const 32)))
      (br_if $noprefix (i32.eqz
        (i32.or (i32.and (i32.eq (local.get $c) (i32.const 120)) (i32.eq (local.get $b) (i32.const 16)))
          (i32.or (i32.and (i32.eq (local.get $c) (i32.const 111)) (i32.eq (local.get $b) (i32.const 8)))
                  (i32.and (i32.eq (local.get $c) (i32.const 98)) (i32.eq (local.get $b) (i32.const 2)))))))
      (local.set $p (i32.add (local.get $p) (i32.const 2)))
      (br_if $noprefix (i32.ge_u (local.get $p) (local.get $end)))
      (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 95))
        (then (local.set $p (i32.add (local.get $p) (i32.const 1))))))
    (local.set $limit (i64.add (i64.const 0x7fffffffffffffff) (i64.extend_i32_u (local.get $neg))))
    (local.set $q (i64.div_u (local.get $limit) (local.get $base)))
    (local.set $r (i64.rem_u (local.get $limit) (local.get $base)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.eq (local.get $c) (i32.const 95))
          (then
            ;; an underscore must follow a digit, and not another underscore
            (if (i32.or (i32.eqz (local.get $digits)) (local.get $under))
              (then (call $rt_fault (i32.const 4)) (unreachable)))
            (local.set $under (i32.const 1))
            (br $next)))
        ;; digit value: 0-9, or a letter (either case) as 10-35; anything else is 36 or more
        (local.set $v (i32.sub (local.get $c) (i32.const 48)))
        (if (i32.gt_u (local.get $v) (i32.const 9))
          (then
            (local.set $v (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 97)))
            (local.set $v (select (i32.add (local.get $v) (i32.const 10)) (i32.const 36) (i32.lt_u (local.get $v) (i32.const 26))))))
        (if (i32.ge_u (local.get $v) (local.get $b)) (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $under (i32.const 0))
        (local.set $digits (i32.const 1))
        ;; mag * base + v <= limit  <=>  mag < q, or mag == q and v <= r
        (if (i32.or (i64.gt_u (local.get $mag) (local.get $q))
                    (i32.and (i64.eq (local.get $mag) (local.get $q)) (i64.gt_u (i64.extend_i32_u (local.get $v)) (local.get $r))))
          (then (local.set $over (i32.const 1)))
          (else (local.set $mag (i64.add (i64.mul (local.get $mag) (local.get $base)) (i64.extend_i32_u (local.get $v))))))
        (br $next)))
    ;; no digits at all, or a trailing underscore
    (if (i32.or (i32.eqz (local.get $digits)) (local.get $under)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (local.get $over) (then (call $rt_fault (i32.const 6)) (unreachable)))
    (select (i64.sub (i64.const 0) (local.get $mag)) (local.get $mag) (local.get $neg))))
