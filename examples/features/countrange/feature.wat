(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; the count of elements < x, or <= x when $inclusive
  (func $below (param $xs i32) (param $n i32) (param $x i64) (param $inclusive i32) (result i32)
    (local $a i32) (local $b i32) (local $mid i32) (local $v i64)
    (local.set $b (local.get $n))
    (block $done
      (loop $halve
        (br_if $done (i32.ge_u (local.get $a) (local.get $b)))
        (local.set $mid (i32.shr_u (i32.add (local.get $a) (local.get $b)) (i32.const 1)))
        (local.set $v (i64.load (i32.add (local.get $xs) (i32.shl (local.get $mid) (i32.const 3)))))
        (if (i32.or (i64.lt_s (local.get $v) (local.get $x))
                    (i32.and (local.get $inclusive) (i64.eq (local.get $v) (local.get $x))))
          (then (local.set $a (i32.add (local.get $mid) (i32.const 1))))
          (else (local.set $b (local.get $mid))))
        (br $halve)))
    (local.get $a))

  (func (export "countrange") (param $xs i32) (param $n i32) (param $lo i64) (param $hi i64) (result i64)
    (local $a i32) (local $b i32)
    (local.set $a (call $below (local.get $xs) (local.get $n) (local.get $lo) (i32.const 0)))
    (local.set $b (call $below (local.get $xs) (local.get $n) (local.get $hi) (i32.const 1)))
    (i64.extend_i32_u (select (i32.sub (local.get $b) (local.get $a)) (i32.const 0) (i32.gt_u (local.get $b) (local.get $a))))))
