;; roman: thousands, hundreds, tens and ones, each digit v written with its (one, five, ten) letters:
;; 9 = one ten, 4 = one five, else five if v >= 5 then v mod 5 ones. At most 15 letters (MMMDCCCLXXXVIII).
(module
  (func ${fn}__digit (param $p i32) (param $v i32) (param $one i32) (param $five i32) (param $ten i32) (result i32)
    (if (i32.eq (local.get $v) (i32.const 9))
      (then
        (i32.store8 (local.get $p) (local.get $one))
        (i32.store8 offset=1 (local.get $p) (local.get $ten))
        (return (i32.add (local.get $p) (i32.const 2)))))
    (if (i32.eq (local.get $v) (i32.const 4))
      (then
        (i32.store8 (local.get $p) (local.get $one))
        (i32.store8 offset=1 (local.get $p) (local.get $five))
        (return (i32.add (local.get $p) (i32.const 2)))))
    (if (i32.ge_u (local.get $v) (i32.const 5))
      (then
        (i32.store8 (local.get $p) (local.get $five))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $v (i32.sub (local.get $v) (i32.const 5)))))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $v)))
        (i32.store8 (local.get $p) (local.get $one))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $v (i32.sub (local.get $v) (i32.const 1)))
        (br $next)))
    (local.get $p))
  (func ${fn} (param $n i64) (result i32)
    (local $v i32) (local $s i32) (local $p i32)
    (if (i64.gt_u (i64.sub (local.get $n) (i64.const 1)) (i64.const 3998))
      (then (call $rt_fault (i32.const 4)) (unreachable)))
    (local.set $v (i32.wrap_i64 (local.get $n)))
    (local.set $s (call $rt_str_alloc (i32.const 15)))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $p (call ${fn}__digit (local.get $p) (i32.div_u (local.get $v) (i32.const 1000)) (i32.const 77) (i32.const 0) (i32.const 0)))
    (local.set $p (call ${fn}__digit (local.get $p) (i32.rem_u (i32.div_u (local.get $v) (i32.const 100)) (i32.const 10)) (i32.const 67) (i32.const 68) (i32.const 77)))
    (local.set $p (call ${fn}__digit (local.get $p) (i32.rem_u (i32.div_u (local.get $v) (i32.const 10)) (i32.const 10)) (i32.const 88) (i32.const 76) (i32.const 67)))
    (local.set $p (call ${fn}__digit (local.get $p) (i32.rem_u (local.get $v) (i32.const 10)) (i32.const 73) (i32.const 86) (i32.const 88)))
    ;; the string was allocated for 15 bytes; its length is what was written
    (i32.store (local.get $s) (i32.sub (local.get $p) (i32.add (local.get $s) (i32.const 8))))
    (local.get $s)))
