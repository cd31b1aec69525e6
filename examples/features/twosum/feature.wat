(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  (func $at (param $xs i32) (param $i i32) (result i64)
    (i64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))))

  (func (export "twosum") (param $xs i32) (param $n i32) (param $target i64) (result i64 i64)
    (local $i i32) (local $j i32)
    (local.set $j (i32.const 1))
    (block $none
      (loop $right
        (br_if $none (i32.ge_u (local.get $j) (local.get $n)))
        (local.set $i (i32.const 0))
        (block $next
          (loop $left
            (br_if $next (i32.ge_u (local.get $i) (local.get $j)))
            (if (i64.eq (i64.add (call $at (local.get $xs) (local.get $i)) (call $at (local.get $xs) (local.get $j))) (local.get $target))
              (then (return (i64.extend_i32_u (local.get $i)) (i64.extend_i32_u (local.get $j)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $left)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $right)))
    (i64.const -1) (i64.const -1)))
