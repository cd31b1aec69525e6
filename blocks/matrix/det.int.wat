;; det over [[int]]: converts to a [[float]] of the same shape and hands it to det_float.
(module
  (import "blocks" "det_float" (func $det_float (param i32) (result f64)))
  (func ${fn} (param $m i32) (result f64)
    (local $n i32) (local $i i32) (local $j i32) (local $c i32) (local $src i32) (local $dst i32) (local $out i32)
    (local.set $n (i32.load (local.get $m)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 4)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $src (i32.load offset=8 (i32.add (local.get $m) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $c (i32.load (local.get $src)))
        (local.set $dst (call $rt_arr_alloc (local.get $c) (i32.const 8)))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $dst))
        (local.set $j (i32.const 0))
        (block $row_done
          (loop $row
            (br_if $row_done (i32.ge_u (local.get $j) (local.get $c)))
            (f64.store offset=8 (i32.add (local.get $dst) (i32.shl (local.get $j) (i32.const 3)))
              (f64.convert_i64_s (i64.load offset=8 (i32.add (local.get $src) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $row)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (call $det_float (local.get $out))))
