;; find: the first element for which f is true; faults "empty" (3) when there is none.
(module
  (type $f (func (param i32 {T.w}) (result i32)))
  (func ${fn} (param $xs i32) (param $f i32) (result {T.w})
    (local $p i32) (local $end i32) (local $x {T.w})
    (local.set $p (i32.add (local.get $xs) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (local.get $xs)) (i32.const {T.sh}))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x ({T.load} (local.get $p)))
        (if (call_indirect $fns (type $f) (local.get $f) (local.get $x) (i32.load (local.get $f)))
          (then (return (local.get $x))))
        (local.set $p (i32.add (local.get $p) (i32.const {T.s})))
        (br $next)))
    (call $rt_fault (i32.const 3))
    (unreachable)))
