;; find (xs, f, d): the first element for which f is true, or d when there is none. The search is
;; locate's (the index of that element, -1 for none); Binaryen inlines it into the program.
(module
  (import "blocks" "locate_{T}" (func $locate_{T} (param i32 i32) (result i64)))
  (func ${fn} (param $xs i32) (param $f i32) (param $d {T.w}) (result {T.w})
    (local $i i64)
    (local.set $i (call $locate_{T} (local.get $xs) (local.get $f)))
    (if (result {T.w}) (i64.lt_s (local.get $i) (i64.const 0))
      (then (local.get $d))
      (else ({T.load} (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.shl (i32.wrap_i64 (local.get $i)) (i32.const {T.sh}))))))))
