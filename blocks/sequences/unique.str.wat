;; unique of [str]: one pass with an open-addressing hash table (load <= 1/2)
;; of group numbers; group g's first element is stored at out[g] as it appears, so the result
;; keeps first-appearance order. The result is allocated for n elements up front (its length is
;; set to the real count at the end); the table is scratch, released before returning. A string hashes 8 bytes at a time; each slot keeps
;; the hash beside the group number, so a full comparison is made only when the hashes agree.
(module

  (func ${fn} (param $xs i32) (result i32)
    (local $n i32) (local $out i32) (local $mark i32) (local $bits i32) (local $mask i32) (local $table i32)
    (local $i i32) (local $u i32) (local $x i32) (local $hash i64) (local $h i32) (local $slot i32) (local $g i32) (local $t i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const 4)))
    (if (i32.eqz (local.get $n)) (then (return (local.get $out))))
    ;; the table (8 bytes a slot) for more than 2^27 would overflow a 32-bit size (and never fit)
    (if (i32.gt_u (local.get $n) (i32.const 0x8000000)) (then (call $rt_fault (i32.const 5)) (unreachable)))
    (local.set $mark (call $rt_mark))
    ;; 2^bits >= 2n slots of 8 bytes: [group number + 1 (0 = empty)][hash]
    (local.set $bits (i32.sub (i32.const 32) (i32.clz (i32.sub (i32.shl (local.get $n) (i32.const 1)) (i32.const 1)))))
    (local.set $mask (i32.sub (i32.shl (i32.const 1) (local.get $bits)) (i32.const 1)))
    (local.set $table (call $rt_alloc (i32.shl (i32.add (local.get $mask) (i32.const 1)) (i32.const 3))))
    (memory.fill (local.get $table) (i32.const 0) (i32.shl (i32.add (local.get $mask) (i32.const 1)) (i32.const 3)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.load offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $hash (call ${fn}__hash (local.get $x)))
        (local.set $h (i32.wrap_i64 (i64.shr_u (local.get $hash) (i64.extend_i32_u (i32.sub (i32.const 64) (local.get $bits))))))
        (block $found
          (loop $probe
            (local.set $slot (i32.add (local.get $table) (i32.shl (local.get $h) (i32.const 3))))
            (local.set $g (i32.load (local.get $slot)))
            (if (i32.eqz (local.get $g))
              (then
                ;; a new group: x is its first element
                (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $u) (i32.const 2))) (local.get $x))
                (local.set $u (i32.add (local.get $u) (i32.const 1)))
                (i32.store (local.get $slot) (local.get $u))
                (i32.store offset=4 (local.get $slot) (i32.wrap_i64 (local.get $hash)))
                (br $found)))
            (local.set $t (i32.add (local.get $out) (i32.shl (i32.sub (local.get $g) (i32.const 1)) (i32.const 2))))
            (if (i32.eq (i32.load offset=4 (local.get $slot)) (i32.wrap_i64 (local.get $hash)))
              (then
                (if (call $rt_str_eq (i32.load offset=8 (local.get $t)) (local.get $x))
                  (then (br $found)))))
            (local.set $h (i32.and (i32.add (local.get $h) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (call $rt_reset (local.get $mark))
    (i32.store (local.get $out) (local.get $u))
    (local.get $out))

  ;; A 64-bit hash of the string's bytes: 8 at a time, then the tail, then a final mix.
  (func ${fn}__hash (param $s i32) (result i64)
    (local $p i32) (local $end i32) (local $h i64) (local $w i64)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (local.set $h (i64.xor (i64.const 0x243F6A8885A308D3) (i64.extend_i32_u (i32.load (local.get $s)))))
    (block $words_done
      (loop $words
        (br_if $words_done (i32.gt_u (i32.add (local.get $p) (i32.const 8)) (local.get $end)))
        (local.set $h (i64.mul (i64.rotl (i64.xor (local.get $h) (i64.load (local.get $p))) (i64.const 29)) (i64.const 0x9E3779B97F4A7C15)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $words)))
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $w (i64.or (i64.shl (local.get $w) (i64.const 8)) (i64.load8_u (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $tail)))
    (local.set $h (i64.mul (i64.rotl (i64.xor (local.get $h) (local.get $w)) (i64.const 29)) (i64.const 0x9E3779B97F4A7C15)))
    (i64.mul (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 32))) (i64.const 0xD6E8FEB86659FD93)))
)
