;; reduce: acc = xs[0]; acc = f(acc, x) for each later x; faults "empty" (3) on [].
(module
  (type $f (func (param i32 {T.w} {T.w}) (result {T.w})))
  (func ${fn} (param $xs i32) (param $f i32) (result {T.w})
    (local $p i32) (local $end i32) (local $acc {T.w})
    (if (i32.eqz (i32.load (local.get $xs))) (then (call $rt_fault (i32.const 3)) (unreachable)))
    (local.set $acc ({T.load} offset=8 (local.get $xs)))
    (local.set $p (i32.add (local.get $xs) (i32.const {T.s})))
    (local.set $end (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (i32.load (local.get $xs)) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (i32.add (local.get $p) (i32.const 8)) (local.get $end)))
        (local.set $acc
          (call_indirect $fns (type $f) (local.get $f) (local.get $acc) ({T.load} offset=8 (local.get $p)) (i32.load (local.get $f))))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (br $next)))
    (local.get $acc)))
