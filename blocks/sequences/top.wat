;; top: sort_{T} of xs reversed, read from the end. Sorting the reversed copy stably puts equal
;; elements in reverse input order, so reading backwards lists them in input order. The copies
;; are scratch, released before returning.
(module
  (import "blocks" "sort_{T}" (func $sort_{T} (param i32) (result i32)))

  (func ${fn} (param $xs i32) (param $k i64) (result i32)
    (local $n i32) (local $m i32) (local $out i32) (local $mark i32) (local $r i32) (local $s i32) (local $i i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $m
      (if (result i32) (i64.le_s (local.get $k) (i64.const 0)) (then (i32.const 0))
        (else (if (result i32) (i64.ge_s (local.get $k) (i64.extend_i32_u (local.get $n))) (then (local.get $n))
          (else (i32.wrap_i64 (local.get $k)))))))
    (local.set $out (call $rt_arr_alloc (local.get $m) (i32.const {T.s})))
    (if (i32.eqz (local.get $m)) (then (return (local.get $out))))
    (local.set $mark (call $rt_mark))
    (local.set $r (call $rt_arr_alloc (local.get $n) (i32.const {T.s})))
    (block $reversed
      (loop $rev
        (br_if $reversed (i32.ge_u (local.get $i) (local.get $n)))
        ({T.store} offset=8 (i32.add (local.get $r) (i32.shl (i32.sub (i32.sub (local.get $n) (local.get $i)) (i32.const 1)) (i32.const {T.sh})))
          ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh})))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rev)))
    (local.set $s (call $sort_{T} (local.get $r)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $m)))
        ({T.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const {T.sh})))
          ({T.load} offset=8 (i32.add (local.get $s) (i32.shl (i32.sub (i32.sub (local.get $n) (local.get $i)) (i32.const 1)) (i32.const {T.sh})))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (call $rt_reset (local.get $mark))
    (local.get $out)))
