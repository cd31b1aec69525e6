(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 0))

  ;; an ASCII letter or digit lower-cased, or -1 for any other byte
  (func $key (param $c i32) (result i32)
    (if (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26))
      (then (return (i32.add (local.get $c) (i32.const 32)))))
    (if (i32.or (i32.lt_u (i32.sub (local.get $c) (i32.const 97)) (i32.const 26))
                (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10)))
      (then (return (local.get $c))))
    (i32.const -1))

  (func (export "palindrome") (param $s i32) (param $n i32) (result i32)
    (local $i i32) (local $j i32) (local $a i32) (local $b i32)
    (local.set $i (local.get $s))
    (local.set $j (i32.add (local.get $s) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $j)))
        (local.set $a (call $key (i32.load8_u (local.get $i))))
        (local.set $b (call $key (i32.load8_u (i32.sub (local.get $j) (i32.const 1)))))
        (if (i32.lt_s (local.get $a) (i32.const 0))
          (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $next)))
        (if (i32.lt_s (local.get $b) (i32.const 0))
          (then (local.set $j (i32.sub (local.get $j) (i32.const 1))) (br $next)))
        (if (i32.ne (local.get $a) (local.get $b)) (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $j (i32.sub (local.get $j) (i32.const 1)))
        (br $next)))
    (i32.const 1)))
