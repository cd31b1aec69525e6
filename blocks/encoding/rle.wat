;; rle: runs of equal code points. A code point's key is its UTF-8 bytes packed into an i64 with
;; its byte length in bits 32..; the first pass counts runs, the second builds (str, int) tuples.
(module
  (func ${fn} (param $s i32) (result i32)
    (local $p i32) (local $q i32) (local $end i32) (local $key i64) (local $l i32) (local $runs i32)
    (local $out i32) (local $i i32) (local $c i64) (local $str i32) (local $tup i32)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (local.set $key (i64.const -1))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $q) (i32.load (local.get $s))))
        (local.set $c (call ${fn}__key (i32.add (local.get $p) (local.get $q))))
        (if (i64.ne (local.get $c) (local.get $key))
          (then
            (local.set $runs (i32.add (local.get $runs) (i32.const 1)))
            (local.set $key (local.get $c))))
        (local.set $q (i32.add (local.get $q) (i32.wrap_i64 (i64.shr_u (local.get $c) (i64.const 32)))))
        (br $count)))
    (local.set $out (call $rt_arr_alloc (local.get $runs) (i32.const 4)))
    (block $done
      (loop $run
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $key (call ${fn}__key (local.get $p)))
        (local.set $l (i32.wrap_i64 (i64.shr_u (local.get $key) (i64.const 32))))
        (local.set $q (i32.add (local.get $p) (local.get $l)))
        (local.set $c (i64.const 1))
        (block $run_end
          (loop $same
            (br_if $run_end (i32.ge_u (local.get $q) (local.get $end)))
            (br_if $run_end (i64.ne (call ${fn}__key (local.get $q)) (local.get $key)))
            (local.set $q (i32.add (local.get $q) (local.get $l)))
            (local.set $c (i64.add (local.get $c) (i64.const 1)))
            (br $same)))
        ;; the character: a string of its l bytes (the low bytes of the key)
        (local.set $str (call $rt_str_alloc (local.get $l)))
        (i32.store8 offset=8 (local.get $str) (i32.wrap_i64 (local.get $key)))
        (if (i32.ge_u (local.get $l) (i32.const 2)) (then (i32.store8 offset=9 (local.get $str) (i32.wrap_i64 (i64.shr_u (local.get $key) (i64.const 8))))))
        (if (i32.ge_u (local.get $l) (i32.const 3)) (then (i32.store8 offset=10 (local.get $str) (i32.wrap_i64 (i64.shr_u (local.get $key) (i64.const 16))))))
        (if (i32.ge_u (local.get $l) (i32.const 4)) (then (i32.store8 offset=11 (local.get $str) (i32.wrap_i64 (i64.shr_u (local.get $key) (i64.const 24))))))
        (local.set $tup (call $rt_alloc (i32.const 16)))
        (i32.store (local.get $tup) (local.get $str))
        (i32.store offset=4 (local.get $tup) (i32.const 0))
        (i64.store offset=8 (local.get $tup) (local.get $c))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $tup))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $p (local.get $q))
        (br $run)))
    (local.get $out))

  ;; The code point starting at p: its bytes (little-endian) | byte length << 32.
  (func ${fn}__key (param $p i32) (result i64)
    (local $b i32)
    (local.set $b (i32.load8_u (local.get $p)))
    (if (i32.lt_u (local.get $b) (i32.const 0xc0))
      (then (return (i64.or (i64.extend_i32_u (local.get $b)) (i64.const 0x100000000)))))
    (local.set $b (i32.or (local.get $b) (i32.shl (i32.load8_u offset=1 (local.get $p)) (i32.const 8))))
    (if (i32.lt_u (i32.and (local.get $b) (i32.const 255)) (i32.const 0xe0))
      (then (return (i64.or (i64.extend_i32_u (local.get $b)) (i64.const 0x200000000)))))
    (local.set $b (i32.or (local.get $b) (i32.shl (i32.load8_u offset=2 (local.get $p)) (i32.const 16))))
    (if (i32.lt_u (i32.and (local.get $b) (i32.const 255)) (i32.const 0xf0))
      (then (return (i64.or (i64.extend_i32_u (local.get $b)) (i64.const 0x300000000)))))
    (local.set $b (i32.or (local.get $b) (i32.shl (i32.load8_u offset=3 (local.get $p)) (i32.const 24))))
    (i64.or (i64.extend_i32_u (local.get $b)) (i64.const 0x400000000))))
