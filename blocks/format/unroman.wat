;; unroman: reads the four decimal places in order, each written with its (one, five, ten) letters as
;; one ten (9) | one five (4) | five? one{0,3}; the whole string must be read and the value be at least 1.
;; That is exactly the regex ^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$ minus the empty string.
(module
  ;; the byte at p, or -1 at or past the end
  (func ${fn}__at (param $p i32) (param $end i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $p) (local.get $end))
      (then (i32.load8_u (local.get $p)))
      (else (i32.const -1))))
  ;; one place at p: returns value << 32 | new p (five/ten 256 = no such letter)
  (func ${fn}__place (param $p i32) (param $end i32) (param $one i32) (param $five i32) (param $ten i32) (result i64)
    (local $c0 i32) (local $c1 i32) (local $v i32) (local $k i32)
    (local.set $c0 (call ${fn}__at (local.get $p) (local.get $end)))
    (local.set $c1 (call ${fn}__at (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
    (if (i32.eq (local.get $c0) (local.get $one))
      (then
        (if (i32.eq (local.get $c1) (local.get $ten))
          (then (return (i64.or (i64.const 0x900000000) (i64.extend_i32_u (i32.add (local.get $p) (i32.const 2)))))))
        (if (i32.eq (local.get $c1) (local.get $five))
          (then (return (i64.or (i64.const 0x400000000) (i64.extend_i32_u (i32.add (local.get $p) (i32.const 2)))))))))
    (if (i32.eq (local.get $c0) (local.get $five))
      (then
        (local.set $v (i32.const 5))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (i32.const 3)))
        (br_if $done (i32.ne (call ${fn}__at (local.get $p) (local.get $end)) (local.get $one)))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (i64.or (i64.shl (i64.extend_i32_u (local.get $v)) (i64.const 32)) (i64.extend_i32_u (local.get $p))))
  (func ${fn} (param $s i32) (result i64)
    (local $p i32) (local $end i32) (local $r i64) (local $total i64)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (local.set $r (call ${fn}__place (local.get $p) (local.get $end) (i32.const 77) (i32.const 256) (i32.const 256)))
    (local.set $total (i64.mul (i64.shr_u (local.get $r) (i64.const 32)) (i64.const 1000)))
    (local.set $r (call ${fn}__place (i32.wrap_i64 (local.get $r)) (local.get $end) (i32.const 67) (i32.const 68) (i32.const 77)))
    (local.set $total (i64.add (local.get $total) (i64.mul (i64.shr_u (local.get $r) (i64.const 32)) (i64.const 100))))
    (local.set $r (call ${fn}__place (i32.wrap_i64 (local.get $r)) (local.get $end) (i32.const 88) (i32.const 76) (i32.const 67)))
    (local.set $total (i64.add (local.get $total) (i64.mul (i64.shr_u (local.get $r) (i64.const 32)) (i64.const 10))))
    (local.set $r (call ${fn}__place (i32.wrap_i64 (local.get $r)) (local.get $end) (i32.const 73) (i32.const 86) (i32.const 88)))
    (local.set $total (i64.add (local.get $total) (i64.shr_u (local.get $r) (i64.const 32))))
    (if (i32.or (i32.ne (i32.wrap_i64 (local.get $r)) (local.get $end)) (i64.eqz (local.get $total)))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.get $total)))
