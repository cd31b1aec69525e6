(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  ;; each line is a (ptr, len) record pointing into the text, whose words are separated by single spaces
  (func (export "wordwrap") (param $s i32) (param $n i32) (param $w i64) (result i32 i32)
    (local $end i32) (local $lines i32) (local $count i32) (local $line i32) (local $p i32) (local $e i32) (local $r i32)
    (local.set $end (i32.add (local.get $s) (local.get $n)))
    (local.set $lines (call $alloc (i32.shl (i32.shr_u (i32.add (local.get $n) (i32.const 1)) (i32.const 1)) (i32.const 3))))
    (local.set $line (local.get $s))
    (local.set $p (local.get $s))
    ;; the word from p to e joins the line unless the line has words and would grow past w
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $e (local.get $p))
        (block $ended
          (loop $letter
            (br_if $ended (i32.ge_u (local.get $e) (local.get $end)))
            (br_if $ended (i32.eq (i32.load8_u (local.get $e)) (i32.const 32)))
            (local.set $e (i32.add (local.get $e) (i32.const 1)))
            (br $letter)))
        (if (i32.and (i32.gt_u (local.get $p) (local.get $line))
                     (i64.gt_s (i64.extend_i32_u (i32.sub (local.get $e) (local.get $line))) (local.get $w)))
          (then
            (local.set $r (i32.add (local.get $lines) (i32.shl (local.get $count) (i32.const 3))))
            (i32.store (local.get $r) (local.get $line))
            (i32.store offset=4 (local.get $r) (i32.sub (i32.sub (local.get $p) (i32.const 1)) (local.get $line)))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $line (local.get $p))))
        (local.set $p (i32.add (local.get $e) (i32.const 1)))
        (br $word)))
    (if (i32.lt_u (local.get $line) (local.get $end))
      (then
        (local.set $r (i32.add (local.get $lines) (i32.shl (local.get $count) (i32.const 3))))
        (i32.store (local.get $r) (local.get $line))
        (i32.store offset=4 (local.get $r) (i32.sub (local.get $end) (local.get $line)))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))))
    (local.get $lines) (local.get $count)))
