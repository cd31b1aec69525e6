;; count (xs, f): how many elements f is true for (f called once per element, in order).
(module
  (type $f (func (param i32 {T.w}) (result i32)))
  (func ${fn} (param $xs i32) (param $f i32) (result i64)
    (local $p i32) (local $end i32) (local $c i32)
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.add (local.get $c) (i32.ne (i32.const 0)
          (call_indirect $fns (type $f) (local.get $f) ({T.load} (local.get $p)) (i32.load (local.get $f))))))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (br $next)))
    (i64.extend_i32_u (local.get $c))))
