;; mod over float: Python's %: r = fmod(a, b) (exact, by shift and subtract on the 53-bit significands),
;; then r + b when r and b differ in sign; a zero result takes b's sign. Faults on b = +-0.
(module
  ;; fmod(x, y) for y != 0 (after musl's fmod.c)
  (func ${fn}__fmod (param $x f64) (param $y f64) (result f64)
    (local $ux i64) (local $uy i64) (local $i i64) (local $sx i64) (local $ex i32) (local $ey i32) (local $lz i32)
    (local.set $ux (i64.reinterpret_f64 (local.get $x)))
    (local.set $uy (i64.reinterpret_f64 (local.get $y)))
    (local.set $ex (i32.wrap_i64 (i64.and (i64.shr_u (local.get $ux) (i64.const 52)) (i64.const 0x7ff))))
    (local.set $ey (i32.wrap_i64 (i64.and (i64.shr_u (local.get $uy) (i64.const 52)) (i64.const 0x7ff))))
    (local.set $sx (i64.and (local.get $ux) (i64.const 0x8000000000000000)))
    ;; NaN operands or an infinite x give NaN
    (if (i32.or (f64.ne (local.get $y) (local.get $y)) (i32.eq (local.get $ex) (i32.const 0x7ff)))
      (then (return (f64.const nan))))
    ;; |x| <= |y|
    (if (i64.le_u (i64.shl (local.get $ux) (i64.const 1)) (i64.shl (local.get $uy) (i64.const 1)))
      (then
        (if (i64.eq (i64.shl (local.get $ux) (i64.const 1)) (i64.shl (local.get $uy) (i64.const 1)))
          (then (return (f64.mul (f64.const 0) (local.get $x)))))
        (return (local.get $x))))
    ;; significands as integers with the implicit bit; subnormals normalized
    (if (i32.eqz (local.get $ex))
      (then
        (local.set $lz (i32.wrap_i64 (i64.clz (i64.shl (local.get $ux) (i64.const 12)))))
        (local.set $ex (i32.sub (i32.const 0) (local.get $lz)))
        (local.set $ux (i64.shl (local.get $ux) (i64.extend_i32_u (i32.add (local.get $lz) (i32.const 1))))))
      (else
        (local.set $ux (i64.or (i64.and (local.get $ux) (i64.const 0xFFFFFFFFFFFFF)) (i64.const 0x10000000000000)))))
    (if (i32.eqz (local.get $ey))
      (then
        (local.set $lz (i32.wrap_i64 (i64.clz (i64.shl (local.get $uy) (i64.const 12)))))
        (local.set $ey (i32.sub (i32.const 0) (local.get $lz)))
        (local.set $uy (i64.shl (local.get $uy) (i64.extend_i32_u (i32.add (local.get $lz) (i32.const 1))))))
      (else
        (local.set $uy (i64.or (i64.and (local.get $uy) (i64.const 0xFFFFFFFFFFFFF)) (i64.const 0x10000000000000)))))
    ;; shift and subtract
    (block $done
      (loop $next
        (br_if $done (i32.le_s (local.get $ex) (local.get $ey)))
        (local.set $i (i64.sub (local.get $ux) (local.get $uy)))
        (if (i64.ge_s (local.get $i) (i64.const 0))
          (then
            (if (i64.eqz (local.get $i)) (then (return (f64.mul (f64.const 0) (local.get $x)))))
            (local.set $ux (local.get $i))))
        (local.set $ux (i64.shl (local.get $ux) (i64.const 1)))
        (local.set $ex (i32.sub (local.get $ex) (i32.const 1)))
        (br $next)))
    (local.set $i (i64.sub (local.get $ux) (local.get $uy)))
    (if (i64.ge_s (local.get $i) (i64.const 0))
      (then
        (if (i64.eqz (local.get $i)) (then (return (f64.mul (f64.const 0) (local.get $x)))))
        (local.set $ux (local.get $i))))
    ;; normalize
    (local.set $lz (i32.sub (i32.wrap_i64 (i64.clz (local.get $ux))) (i32.const 11)))
    (local.set $ux (i64.shl (local.get $ux) (i64.extend_i32_u (local.get $lz))))
    (local.set $ex (i32.sub (local.get $ex) (local.get $lz)))
    (if (i32.gt_s (local.get $ex) (i32.const 0))
      (then
        (local.set $ux (i64.or (i64.sub (local.get $ux) (i64.const 0x10000000000000))
                               (i64.shl (i64.extend_i32_u (local.get $ex)) (i64.const 52)))))
      (else
        (local.set $ux (i64.shr_u (local.get $ux) (i64.extend_i32_u (i32.sub (i32.const 1) (local.get $ex)))))))
    (f64.reinterpret_i64 (i64.or (local.get $ux) (local.get $sx))))

  (func ${fn} (param $a f64) (param $b f64) (result f64)
    (local $r f64)
    (if (f64.eq (local.get $b) (f64.const 0)) (then (call $rt_fault (i32.const 2)) (unreachable)))
    (local.set $r (call ${fn}__fmod (local.get $a) (local.get $b)))
    (if (f64.ne (local.get $r) (f64.const 0))
      (then
        (if (i32.ne (f64.lt (local.get $b) (f64.const 0)) (f64.lt (local.get $r) (f64.const 0)))
          (then (local.set $r (f64.add (local.get $r) (local.get $b)))))
        (return (local.get $r))))
    (f64.copysign (f64.const 0) (local.get $b))))
