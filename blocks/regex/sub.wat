;; sub: s with every non-overlapping match replaced by repl, taken literally: the regex engine of
;; spans in mode "byte offsets" (the pattern prefixed by 0xFF and the mode byte 4), then one copy.
(module
  (import "blocks" "spans" (func $spans (param i32 i32) (result i32)))
  (func ${fn} (param $s i32) (param $re i32) (param $repl i32) (result i32)
    (local $mark i32) (local $raw i32) (local $k i32) (local $j i32) (local $size i64) (local $c i32)
    (local $out i32) (local $a i32) (local $d i32) (local $src i32) (local $at i32) (local $r i32) (local $start i32)
    (local.set $mark (call $rt_mark))
    (local.set $raw (call $spans (local.get $s) (call ${fn}__pat (local.get $re) (i32.const 4))))
    (local.set $k (i32.load (local.get $raw)))
    (local.set $r (i32.load (local.get $repl)))
    ;; the result's length: s without the matches, plus k copies of repl
    (local.set $size (i64.add (i64.extend_i32_u (i32.load (local.get $s))) (i64.mul (i64.extend_i32_u (local.get $k)) (i64.extend_i32_u (local.get $r)))))
    (block $sized
      (loop $next
        (br_if $sized (i32.ge_u (local.get $j) (local.get $k)))
        (local.set $a (i32.add (local.get $raw) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $size (i64.sub (local.get $size) (i64.extend_i32_u (i32.sub (i32.load offset=12 (local.get $a)) (i32.load offset=8 (local.get $a))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (if (i64.gt_u (local.get $size) (i64.const 0x7FFF0000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    ;; free the pattern copy and the engine's result: ours goes where they were
    (local.set $c (call ${fn}__lift (local.get $raw) (i32.add (i32.const 8) (i32.shl (local.get $k) (i32.const 3))) (local.get $mark)
      (i32.and (i32.add (i32.wrap_i64 (local.get $size)) (i32.const 15)) (i32.const -8))))
    (local.set $out (call $rt_str_alloc (i32.wrap_i64 (local.get $size))))
    (local.set $d (i32.add (local.get $out) (i32.const 8)))
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $j (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $j) (local.get $k)))
        (local.set $a (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $start (i32.load offset=8 (local.get $a)))
        (memory.copy (local.get $d) (i32.add (local.get $src) (local.get $at)) (i32.sub (local.get $start) (local.get $at)))
        (local.set $d (i32.add (local.get $d) (i32.sub (local.get $start) (local.get $at))))
        (memory.copy (local.get $d) (i32.add (local.get $repl) (i32.const 8)) (local.get $r))
        (local.set $d (i32.add (local.get $d) (local.get $r)))
        (local.set $at (i32.load offset=12 (local.get $a)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (memory.copy (local.get $d) (i32.add (local.get $src) (local.get $at)) (i32.sub (i32.load (local.get $s)) (local.get $at)))
    (local.get $out))
  ;; the pattern with the engine's mode prefix: 0xFF, mode, then re's bytes
  (func ${fn}__pat (param $re i32) (param $mode i32) (result i32)
    (local $p i32)
    (local.set $p (call $rt_str_alloc (i32.add (i32.load (local.get $re)) (i32.const 2))))
    (i32.store8 offset=8 (local.get $p) (i32.const 0xFF))
    (i32.store8 offset=9 (local.get $p) (local.get $mode))
    (memory.copy (i32.add (local.get $p) (i32.const 10)) (i32.add (local.get $re) (i32.const 8)) (i32.load (local.get $re)))
    (local.get $p))
  ;; Copies the len bytes at buf above mark + size, resets the heap to mark and returns the copy:
  ;; the caller then allocates its result (size bytes, from mark) while reading the copy.
  (func ${fn}__lift (param $buf i32) (param $len i32) (param $mark i32) (param $size i32) (result i32)
    (local $top i32) (local $c i32)
    (local.set $top (call $rt_mark))
    (if (i32.lt_u (local.get $top) (i32.add (local.get $mark) (local.get $size)))
      (then (drop (call $rt_alloc (i32.sub (i32.add (local.get $mark) (local.get $size)) (local.get $top))))))
    (local.set $c (call $rt_alloc (local.get $len)))
    (memory.copy (local.get $c) (local.get $buf) (local.get $len))
    (call $rt_reset (local.get $mark))
    (local.get $c))
)
