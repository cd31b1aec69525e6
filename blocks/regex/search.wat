;; search: whether some substring of s matches the pattern: the regex engine of spans in mode
;; "first match, byte offsets" (the pattern prefixed by 0xFF and the mode byte 5).
(module
  (import "blocks" "spans" (func $spans (param i32 i32) (result i32)))
  (func ${fn} (param $s i32) (param $re i32) (result i32)
    (local $mark i32) (local $k i32)
    (local.set $mark (call $rt_mark))
    (local.set $k (i32.load (call $spans (local.get $s) (call ${fn}__pat (local.get $re) (i32.const 5)))))
    (call $rt_reset (local.get $mark))
    (i32.ne (local.get $k) (i32.const 0)))
  ;; the pattern with the engine's mode prefix: 0xFF, mode, then re's bytes
  (func ${fn}__pat (param $re i32) (param $mode i32) (result i32)
    (local $p i32)
    (local.set $p (call $rt_str_alloc (i32.add (i32.load (local.get $re)) (i32.const 2))))
    (i32.store8 offset=8 (local.get $p) (i32.const 0xFF))
    (i32.store8 offset=9 (local.get $p) (local.get $mode))
    (memory.copy (i32.add (local.get $p) (i32.const 10)) (i32.add (local.get $re) (i32.const 8)) (i32.load (local.get $re)))
    (local.get $p))
)
