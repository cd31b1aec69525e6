;; Mixed values (`any`): the part of the runtime that makes, compares, prints and reads them. It is
;; one module with rt.wat (compiler/blocks/source.ts joins the two), so it calls rt's functions.
;; An any is 0 for null, otherwise a pointer to a 16-byte cell [tag i32][0 i32][payload 8 bytes];
;; tags: 1 bool (i32), 2 int (i64), 3 float (f64), 4 str, 5 list (a [any]), 6 dict (a {str: any}).
;; A cell is never written after it is made. Fault 9: an any of the wrong kind for what is asked.
(module
  (func $rt_any_i64 (param $tag i32) (param $v i64) (result i32)
    (local $p i32)
    (local.set $p (call $rt_alloc (i32.const 16)))
    (i32.store (local.get $p) (local.get $tag))
    (i32.store offset=4 (local.get $p) (i32.const 0))
    (i64.store offset=8 (local.get $p) (local.get $v))
    (local.get $p))

  (func $rt_any_f64 (param $v f64) (result i32)
    (call $rt_any_i64 (i32.const 3) (i64.reinterpret_f64 (local.get $v))))

  ;; bool, str, list and dict keep an i32 payload
  (func $rt_any_i32 (param $tag i32) (param $v i32) (result i32)
    (call $rt_any_i64 (local.get $tag) (i64.extend_i32_u (local.get $v))))

  ;; The kind of x: 0 for null, else its tag.
  (func $rt_any_tag (param $x i32) (result i32)
    (if (result i32) (local.get $x) (then (i32.load (local.get $x))) (else (i32.const 0))))

  ;; The i32 payload of x (a bool, str, list or dict), which must have this tag; fault 9 otherwise.
  (func $rt_any_as (param $x i32) (param $tag i32) (result i32)
    (if (i32.ne (call $rt_any_tag (local.get $x)) (local.get $tag)) (then (call $rt_fault (i32.const 9))))
    (i32.load offset=8 (local.get $x)))

  ;; Structural equality; an int and a float compare by value, as in Python (1 == 1.0).
  (func $rt_any_eq (param $a i32) (param $b i32) (result i32)
    (local $ta i32) (local $tb i32) (local $n i32) (local $i i32) (local $pa i32) (local $pb i32) (local $e i32) (local $at i32)
    (if (i32.eq (local.get $a) (local.get $b)) (then (return (i32.const 1))))
    (local.set $ta (call $rt_any_tag (local.get $a)))
    (local.set $tb (call $rt_any_tag (local.get $b)))
    (if (i32.and (i32.eq (local.get $ta) (i32.const 2)) (i32.eq (local.get $tb) (i32.const 2)))
      (then (return (i64.eq (i64.load offset=8 (local.get $a)) (i64.load offset=8 (local.get $b))))))
    (if (i32.and (i32.and (i32.ge_u (local.get $ta) (i32.const 2)) (i32.le_u (local.get $ta) (i32.const 3)))
                 (i32.and (i32.ge_u (local.get $tb) (i32.const 2)) (i32.le_u (local.get $tb) (i32.const 3))))
      (then (return (f64.eq (call $rt_any_num (local.get $a)) (call $rt_any_num (local.get $b))))))
    (if (i32.or (i32.ne (local.get $ta) (local.get $tb)) (i32.eqz (local.get $ta))) (then (return (i32.const 0))))
    (local.set $pa (i32.load offset=8 (local.get $a)))
    (local.set $pb (i32.load offset=8 (local.get $b)))
    (if (i32.eq (local.get $ta) (i32.const 1)) (then (return (i32.eq (local.get $pa) (local.get $pb)))))
    (if (i32.eq (local.get $ta) (i32.const 4)) (then (return (call $rt_str_eq (local.get $pa) (local.get $pb)))))
    (local.set $n (i32.load (local.get $pa)))
    (if (i32.ne (local.get $n) (i32.load (local.get $pb))) (then (return (i32.const 0))))
    (if (i32.eq (local.get $ta) (i32.const 5))
      (then
        (block $done (loop $next
          (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
          (if (i32.eqz (call $rt_any_eq
                (i32.load offset=8 (i32.add (local.get $pa) (i32.shl (local.get $i) (i32.const 2))))
                (i32.load offset=8 (i32.add (local.get $pb) (i32.shl (local.get $i) (i32.const 2))))))
            (then (return (i32.const 0))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $next)))
        (return (i32.const 1))))
    ;; dicts: the same keys with equal values, in any order
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $e (i32.add (i32.load offset=8 (local.get $pa)) (i32.shl (local.get $i) (i32.const 4))))
      (local.set $at (call $rt_map_find (local.get $pb) (i32.const 1) (i64.load (local.get $e))))
      (if (i32.lt_s (local.get $at) (i32.const 0)) (then (return (i32.const 0))))
      (if (i32.eqz (call $rt_any_eq (i32.load offset=8 (local.get $e))
            (i32.load offset=8 (i32.add (i32.load offset=8 (local.get $pb)) (i32.shl (local.get $at) (i32.const 4))))))
        (then (return (i32.const 0))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (i32.const 1))

  ;; An int or float cell's value as a float.
  (func $rt_any_num (param $x i32) (result f64)
    (if (result f64) (i32.eq (i32.load (local.get $x)) (i32.const 2))
      (then (f64.convert_i64_s (i64.load offset=8 (local.get $x))))
      (else (f64.load offset=8 (local.get $x)))))

  ;; Append x as print shows it; `quoted` for a str inside a list or dict.
  (func $rt_any_show (param $sb i32) (param $x i32) (param $quoted i32)
    (local $tag i32) (local $p i32) (local $n i32) (local $i i32) (local $e i32)
    (local.set $tag (call $rt_any_tag (local.get $x)))
    (if (i32.eqz (local.get $tag)) (then
      (call $rt_sb_byte (local.get $sb) (i32.const 110)) (call $rt_sb_ascii3 (local.get $sb) (i32.const 0x756c6c)) (return)))
    (if (i32.eq (local.get $tag) (i32.const 2)) (then (call $rt_sb_int (local.get $sb) (i64.load offset=8 (local.get $x))) (return)))
    (if (i32.eq (local.get $tag) (i32.const 3)) (then (call $rt_sb_float (local.get $sb) (f64.load offset=8 (local.get $x))) (return)))
    (local.set $p (i32.load offset=8 (local.get $x)))
    (if (i32.eq (local.get $tag) (i32.const 1)) (then (call $rt_sb_bool (local.get $sb) (local.get $p)) (return)))
    (if (i32.eq (local.get $tag) (i32.const 4)) (then
      (if (local.get $quoted) (then (call $rt_sb_quoted (local.get $sb) (local.get $p))) (else (call $rt_sb_str (local.get $sb) (local.get $p))))
      (return)))
    (local.set $n (i32.load (local.get $p)))
    (call $rt_sb_byte (local.get $sb) (select (i32.const 91) (i32.const 123) (i32.eq (local.get $tag) (i32.const 5))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (if (local.get $i) (then (call $rt_sb_byte (local.get $sb) (i32.const 44)) (call $rt_sb_byte (local.get $sb) (i32.const 32))))
      (if (i32.eq (local.get $tag) (i32.const 5))
        (then (call $rt_any_show (local.get $sb) (i32.load offset=8 (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 1)))
        (else
          (local.set $e (i32.add (i32.load offset=8 (local.get $p)) (i32.shl (local.get $i) (i32.const 4))))
          (call $rt_sb_quoted (local.get $sb) (i32.load (local.get $e)))
          (call $rt_sb_byte (local.get $sb) (i32.const 58)) (call $rt_sb_byte (local.get $sb) (i32.const 32))
          (call $rt_any_show (local.get $sb) (i32.load offset=8 (local.get $e)) (i32.const 1))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (call $rt_sb_byte (local.get $sb) (select (i32.const 93) (i32.const 125) (i32.eq (local.get $tag) (i32.const 5)))))

  ;; x[i] of a list (negative from the end).
  (func $rt_any_at (param $x i32) (param $i i64) (result i32)
    (local $p i32)
    (local.set $p (call $rt_any_as (local.get $x) (i32.const 5)))
    (i32.load offset=8 (i32.add (local.get $p)
      (i32.shl (call $rt_index (i32.load (local.get $p)) (local.get $i)) (i32.const 2)))))

  ;; x[k] of a dict; a missing key faults (8).
  (func $rt_any_get (param $x i32) (param $k i32) (result i32)
    (i32.load (call $rt_map_get (call $rt_any_as (local.get $x) (i32.const 6)) (i32.const 1) (i64.extend_i32_u (local.get $k)) (global.get $rt_loc))))

  ;; What `for v in x` walks: a list's elements, or a dict's keys (as anys).
  (func $rt_any_items (param $x i32) (result i32)
    (local $m i32) (local $n i32) (local $out i32) (local $i i32)
    (if (i32.eq (call $rt_any_tag (local.get $x)) (i32.const 5)) (then (return (i32.load offset=8 (local.get $x)))))
    (local.set $m (call $rt_any_as (local.get $x) (i32.const 6)))
    (local.set $n (i32.load (local.get $m)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 4)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
        (call $rt_any_i32 (i32.const 4) (i32.load (i32.add (i32.load offset=8 (local.get $m)) (i32.shl (local.get $i) (i32.const 4))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (local.get $out))
)
