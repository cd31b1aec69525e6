;; zscore: (x - mean) / population standard deviation, the squared deviations summed with
;; compensation; all 0.0 when every element is equal or the deviation is 0; [] for [].
(module
  (import "blocks" "mean_{T}" (func $mean_{T} (param i32) (result f64)))
  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $i i32) (local $p i32) (local $m f64) (local $d f64)
    (local $s f64) (local $c f64) (local $t f64) (local $sd f64) (local $first {T.w})
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 8)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    ;; all equal? (from i = 0, so a lone NaN is not)
    (local.set $first ({T.load} offset=8 (local.get $xs)))
    (block $varies
      (loop $same
        (br_if $varies (i32.ge_u (local.get $i) (local.get $n)))
        (br_if $varies ({T.ne} ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))) (local.get $first)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $same)))
    (if (i32.ge_u (local.get $i) (local.get $n)) (then (return (call ${fn}__zeros (local.get $out) (local.get $n)))))
    (local.set $m (call $mean_{T} (local.get $xs)))
    (local.set $i (i32.const 0))
    (loop $sq
      (local.set $d (f64.sub (call ${fn}__at_{T} (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (local.get $i) (i32.const 3)))) (local.get $m)))
      (local.set $d (f64.mul (local.get $d) (local.get $d)))
      (local.set $t (f64.add (local.get $s) (local.get $d)))
      (if (f64.ge (f64.abs (local.get $s)) (f64.abs (local.get $d)))
        (then (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $s) (local.get $t)) (local.get $d)))))
        (else (local.set $c (f64.add (local.get $c) (f64.add (f64.sub (local.get $d) (local.get $t)) (local.get $s))))))
      (local.set $s (local.get $t))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $sq (i32.lt_u (local.get $i) (local.get $n))))
    (local.set $sd (f64.sqrt (f64.div (if (result f64) (f64.eq (f64.sub (local.get $s) (local.get $s)) (f64.const 0)) (then (f64.add (local.get $s) (local.get $c))) (else (local.get $s))) (f64.convert_i32_u (local.get $n)))))
    (if (f64.eq (local.get $sd) (f64.const 0)) (then (return (call ${fn}__zeros (local.get $out) (local.get $n)))))
    (local.set $i (i32.const 0))
    (loop $next
      (local.set $p (i32.shl (local.get $i) (i32.const 3)))
      (f64.store offset=8 (i32.add (local.get $out) (local.get $p))
        (f64.div (f64.sub (call ${fn}__at_{T} (i32.add (i32.add (local.get $xs) (i32.const 8)) (local.get $p))) (local.get $m)) (local.get $sd)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $out))

  (func ${fn}__zeros (param $out i32) (param $n i32) (result i32)
    (local $i i32)
    (loop $next
      (i64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (i64.const 0))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $out))

  ;; the element at p as a float
  (func ${fn}__at_int (param $p i32) (result f64) (f64.convert_i64_s (i64.load (local.get $p))))
  (func ${fn}__at_float (param $p i32) (result f64) (f64.load (local.get $p)))
)
