;; clamp: faults unless lo <= hi, then lo if x < lo, hi if x > hi, else x.
(module
  (func ${fn} (param $x {T.w}) (param $lo {T.w}) (param $hi {T.w}) (result {T.w})
    (if (i32.eqz ({T.le} (local.get $lo) (local.get $hi)))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if ({T.lt} (local.get $x) (local.get $lo)) (then (return (local.get $lo))))
    (if ({T.gt} (local.get $x) (local.get $hi)) (then (return (local.get $hi))))
    (local.get $x)))
