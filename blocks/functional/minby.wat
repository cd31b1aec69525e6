;; minby: the first element whose key is the smallest; faults "empty" (3) on []. key is called once per element.
(module
  (type $f (func (param i32 {T.w}) (result {K.w})))

  ;; Key order: ints signed; floats ascending with NaN greatest (0.0 and -0.0 tie); strings by code
  ;; point; false < true. One helper per key kind; {K} picks the one this instantiation uses.
  (func ${fn}__lt_int (param $a i64) (param $b i64) (result i32) (i64.lt_s (local.get $a) (local.get $b)))
  (func ${fn}__lt_float (param $a f64) (param $b f64) (result i32)
    (i32.or (f64.lt (local.get $a) (local.get $b))
      (i32.and (f64.ne (local.get $b) (local.get $b)) (f64.eq (local.get $a) (local.get $a)))))
  (func ${fn}__lt_str (param $a i32) (param $b i32) (result i32)
    (i32.lt_s (call $rt_str_cmp (local.get $a) (local.get $b)) (i32.const 0)))
  (func ${fn}__lt_bool (param $a i32) (param $b i32) (result i32) (i32.lt_u (local.get $a) (local.get $b)))

  (func ${fn} (param $xs i32) (param $key i32) (result {T.w})
    (local $p i32) (local $end i32) (local $x {T.w}) (local $k {K.w}) (local $best {T.w}) (local $bk {K.w})
    (if (i32.eqz (i32.load (local.get $xs))) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $best ({T.load} offset=8 (local.get $xs)))
    (local.set $bk (call_indirect $fns (type $f) (local.get $key) (local.get $best) (i32.load (local.get $key))))
    (local.set $p (i32.add (local.get $xs) (i32.add (i32.const 8) (i32.const {T.s}))))
    (local.set $end (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (i32.load (local.get $xs)) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x ({T.load} (local.get $p)))
        (local.set $k (call_indirect $fns (type $f) (local.get $key) (local.get $x) (i32.load (local.get $key))))
        ;; strictly better only, so the first of equal keys stays
        (if (call ${fn}__lt_{K} (local.get $k) (local.get $bk))
          (then (local.set $best (local.get $x)) (local.set $bk (local.get $k))))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (br $next)))
    (local.get $best)))
