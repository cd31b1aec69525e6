;; sumby: the sum of f(x) over the elements, left to right (ints wrap at 64 bits); 0 when empty.
(module
  (type $f (func (param i32 {T.w}) (result {N.w})))
  (func ${fn} (param $xs i32) (param $f i32) (result {N.w})
    (local $p i32) (local $end i32) (local $acc {N.w})
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $acc ({N.w}.add (local.get $acc)
          (call_indirect $fns (type $f) (local.get $f) ({T.load} (local.get $p)) (i32.load (local.get $f)))))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (br $next)))
    (local.get $acc)))
