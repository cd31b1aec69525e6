;; edits: the Levenshtein distance between a and b over code points (insertions, deletions and
;; substitutions of one code point each). Common prefix and suffix are stripped, then the classic
;; dynamic program runs over one row as long as the shorter rest: O(|a|·|b|) time, O(min) space.
(module
  (func ${fn} (param $a i32) (param $b i32) (result i64)
    (local $x i32) (local $y i32) (local $t i32) (local $n i32) (local $m i32) (local $row i32)
    (local $xm i32) (local $ym i32) (local $i i32) (local $j i32) (local $diag i32) (local $up i32) (local $v i32) (local $ci i32)
    (local.set $x (call ${fn}__cps (local.get $a)))
    (local.set $y (call ${fn}__cps (local.get $b)))
    ;; x the longer, y the shorter: the row follows y
    (if (i32.lt_u (i32.load (local.get $x)) (i32.load (local.get $y)))
      (then (local.set $t (local.get $x)) (local.set $x (local.get $y)) (local.set $y (local.get $t))))
    (local.set $n (i32.load (local.get $x)))
    (local.set $m (i32.load (local.get $y)))
    (local.set $x (i32.add (local.get $x) (i32.const 8)))
    (local.set $y (i32.add (local.get $y) (i32.const 8)))
    ;; drop the common prefix and suffix
    (block $pre
      (loop $next
        (br_if $pre (i32.eqz (local.get $m)))
        (br_if $pre (i32.ne (i32.load (local.get $x)) (i32.load (local.get $y))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (local.set $y (i32.add (local.get $y) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (local.set $m (i32.sub (local.get $m) (i32.const 1)))
        (br $next)))
    ;; xm[k] and ym[k] (k from 1) are x[k-1] and y[k-1]
    (local.set $xm (i32.sub (local.get $x) (i32.const 4)))
    (local.set $ym (i32.sub (local.get $y) (i32.const 4)))
    (block $suf
      (loop $next
        (br_if $suf (i32.eqz (local.get $m)))
        (br_if $suf (i32.ne (i32.load (i32.add (local.get $xm) (i32.shl (local.get $n) (i32.const 2))))
                            (i32.load (i32.add (local.get $ym) (i32.shl (local.get $m) (i32.const 2))))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (local.set $m (i32.sub (local.get $m) (i32.const 1)))
        (br $next)))
    (if (i32.eqz (local.get $m)) (then (return (i64.extend_i32_u (local.get $n)))))
    ;; row[j] = distance between the first i of x and the first j of y
    (local.set $row (call $rt_alloc (i32.shl (i32.add (local.get $m) (i32.const 1)) (i32.const 2))))
    (block $init
      (loop $next
        (i32.store (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))) (local.get $j))
        (br_if $init (i32.ge_u (local.get $j) (local.get $m)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (local.set $i (i32.const 1))
    (block $rows
      (loop $nextrow
        (br_if $rows (i32.gt_u (local.get $i) (local.get $n)))
        (local.set $ci (i32.load (i32.add (local.get $xm) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $diag (i32.load (local.get $row)))
        (i32.store (local.get $row) (local.get $i))
        (local.set $v (local.get $i))
        (local.set $j (i32.const 1))
        (block $cols
          (loop $nextcol
            (br_if $cols (i32.gt_u (local.get $j) (local.get $m)))
            (local.set $up (i32.load (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2)))))
            ;; v = min(left + 1, up + 1, diag + (x[i-1] != y[j-1])); left is the previous v
            (local.set $v (i32.add (local.get $v) (i32.const 1)))
            (if (i32.lt_u (i32.add (local.get $up) (i32.const 1)) (local.get $v)) (then (local.set $v (i32.add (local.get $up) (i32.const 1)))))
            (local.set $t (i32.add (local.get $diag)
              (i32.ne (local.get $ci) (i32.load (i32.add (local.get $ym) (i32.shl (local.get $j) (i32.const 2)))))))
            (if (i32.lt_u (local.get $t) (local.get $v)) (then (local.set $v (local.get $t))))
            (i32.store (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))) (local.get $v))
            (local.set $diag (local.get $up))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $nextcol)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $nextrow)))
    (i64.extend_i32_u (i32.load (i32.add (local.get $row) (i32.shl (local.get $m) (i32.const 2))))))
  ;; the code point whose UTF-8 encoding starts at p (strings are valid UTF-8)
  (func ${fn}__dec (param $p i32) (result i32)
    (local $b i32)
    (local.set $b (i32.load8_u (local.get $p)))
    (if (i32.lt_u (local.get $b) (i32.const 0x80)) (then (return (local.get $b))))
    (if (i32.lt_u (local.get $b) (i32.const 0xE0))
      (then (return (i32.or (i32.shl (i32.and (local.get $b) (i32.const 0x1F)) (i32.const 6))
                            (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3F))))))
    (if (i32.lt_u (local.get $b) (i32.const 0xF0))
      (then (return (i32.or (i32.or (i32.shl (i32.and (local.get $b) (i32.const 0x0F)) (i32.const 12))
                                    (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3F)) (i32.const 6)))
                            (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3F))))))
    (i32.or (i32.or (i32.shl (i32.and (local.get $b) (i32.const 0x07)) (i32.const 18))
                    (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3F)) (i32.const 12)))
            (i32.or (i32.shl (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3F)) (i32.const 6))
                    (i32.and (i32.load8_u offset=3 (local.get $p)) (i32.const 0x3F)))))
  ;; bytes in the UTF-8 encoding of code point c
  (func ${fn}__cplen (param $c i32) (result i32)
    (i32.add (i32.add (i32.const 1) (i32.ge_u (local.get $c) (i32.const 0x80)))
             (i32.add (i32.ge_u (local.get $c) (i32.const 0x800)) (i32.ge_u (local.get $c) (i32.const 0x10000)))))
  ;; code points in the n bytes at p: the bytes that are not continuation bytes (10xxxxxx), 16 at a time
  (func ${fn}__count (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $k i32)
    (block $tail
      (loop $chunk
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $k (i32.add (local.get $k) (i32.popcnt (i8x16.bitmask
          (i8x16.gt_s (v128.load (i32.add (local.get $p) (local.get $i))) (i8x16.splat (i32.const -65)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunk)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (i32.add (local.get $k) (i32.gt_s (i32.load8_s (i32.add (local.get $p) (local.get $i))) (i32.const -65))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (local.get $k))
  ;; the code points of string s as a new array of i32 ([length][0][code points]), counted 16 bytes at a time
  (func ${fn}__cps (param $s i32) (result i32)
    (local $src i32) (local $n i32) (local $i i32) (local $out i32) (local $slot i32) (local $c i32)
    (local.set $src (i32.add (local.get $s) (i32.const 8)))
    (local.set $n (i32.load (local.get $s)))
    (local.set $out (call $rt_arr_alloc (call ${fn}__count (local.get $src) (local.get $n)) (i32.const 4)))
    (local.set $slot (i32.add (local.get $out) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (if (i32.lt_u (local.get $c) (i32.const 0x80))
          (then (local.set $i (i32.add (local.get $i) (i32.const 1))))
          (else
            (local.set $c (call ${fn}__dec (i32.add (local.get $src) (local.get $i))))
            (local.set $i (i32.add (local.get $i) (call ${fn}__cplen (local.get $c))))))
        (i32.store (local.get $slot) (local.get $c))
        (local.set $slot (i32.add (local.get $slot) (i32.const 4)))
        (br $next)))
    (local.get $out))
)
