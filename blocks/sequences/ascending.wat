;; ascending: no element is smaller ({T.lt}) than the one before it.
(module
  (func ${fn} (param $xs i32) (result i32)
    (local $p i32) (local $end i32) (local $prev {T.w}) (local $x {T.w})
    (if (i32.lt_u (i32.load (local.get $xs)) (i32.const 2)) (then (return (i32.const 1))))
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const {T.sh}))))
    (local.set $prev ({T.load} (local.get $p)))
    (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x ({T.load} (local.get $p)))
        (local.get $x) (local.get $prev) {T.lt}
        (if (then (return (i32.const 0))))
        (local.set $prev (local.get $x))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (br $next)))
    (i32.const 1)))
