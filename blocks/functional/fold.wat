;; fold: acc = init; acc = f(acc, x) for each x left to right; the final acc.
(module
  (type $f (func (param i32 {A.w} {T.w}) (result {A.w})))
  (func ${fn} (param $xs i32) (param $init {A.w}) (param $f i32) (result {A.w})
    (local $p i32) (local $end i32) (local $acc {A.w})
    (local.set $acc (local.get $init))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $acc
          (call_indirect $fns (type $f) (local.get $f) (local.get $acc) ({T.load} (local.get $p)) (i32.load (local.get $f))))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (br $next)))
    (local.get $acc)))
