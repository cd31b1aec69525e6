;; hull: Andrew's monotone chain. The points are copied into 16-byte (x, y) records (-0 becomes 0,
;; nan/inf fault), heapsorted by (x, y), deduplicated; the lower then the upper chain keep only left
;; turns (cross > 0) on an index stack; the result is rotated to start at the lowest-then-leftmost vertex.
(module
  ;; record i before record j in (x, y) order
  (func ${fn}__less (param $b i32) (param $i i32) (param $j i32) (result i32)
    (local $p i32) (local $q i32)
    (local.set $p (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 4))))
    (local.set $q (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 4))))
    (i32.or (f64.lt (f64.load (local.get $p)) (f64.load (local.get $q)))
      (i32.and (f64.eq (f64.load (local.get $p)) (f64.load (local.get $q)))
               (f64.lt (f64.load offset=8 (local.get $p)) (f64.load offset=8 (local.get $q))))))
  (func ${fn}__swap (param $b i32) (param $i i32) (param $j i32)
    (local $p i32) (local $q i32) (local $t v128)
    (local.set $p (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 4))))
    (local.set $q (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 4))))
    (local.set $t (v128.load (local.get $p)))
    (v128.store (local.get $p) (v128.load (local.get $q)))
    (v128.store (local.get $q) (local.get $t)))
  (func ${fn}__sift (param $b i32) (param $root i32) (param $end i32)
    (local $child i32)
    (block $done
      (loop $down
        (local.set $child (i32.add (i32.shl (local.get $root) (i32.const 1)) (i32.const 1)))
        (br_if $done (i32.ge_u (local.get $child) (local.get $end)))
        (if (i32.lt_u (i32.add (local.get $child) (i32.const 1)) (local.get $end))
          (then (if (call ${fn}__less (local.get $b) (local.get $child) (i32.add (local.get $child) (i32.const 1)))
            (then (local.set $child (i32.add (local.get $child) (i32.const 1)))))))
        (br_if $done (i32.eqz (call ${fn}__less (local.get $b) (local.get $root) (local.get $child))))
        (call ${fn}__swap (local.get $b) (local.get $root) (local.get $child))
        (local.set $root (local.get $child))
        (br $down))))
  ;; cross(B[i], B[j], B[k])
  (func ${fn}__cross (param $b i32) (param $i i32) (param $j i32) (param $k i32) (result f64)
    (local $o i32) (local $a i32) (local $c i32)
    (local.set $o (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 4))))
    (local.set $a (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 4))))
    (local.set $c (i32.add (local.get $b) (i32.shl (local.get $k) (i32.const 4))))
    (f64.sub
      (f64.mul (f64.sub (f64.load (local.get $a)) (f64.load (local.get $o))) (f64.sub (f64.load offset=8 (local.get $c)) (f64.load offset=8 (local.get $o))))
      (f64.mul (f64.sub (f64.load offset=8 (local.get $a)) (f64.load offset=8 (local.get $o))) (f64.sub (f64.load (local.get $c)) (f64.load (local.get $o))))))
  (func ${fn} (param $pts i32) (result i32)
    (local $n i32) (local $b i32) (local $h i32) (local $i i32) (local $m i32) (local $k i32) (local $t i32)
    (local $v i32) (local $x f64) (local $y f64) (local $p i32) (local $q i32) (local $r i32) (local $out i32) (local $tup i32)
    (local.set $n (i32.load (local.get $pts)))
    (local.set $b (call $rt_alloc (i32.shl (local.get $n) (i32.const 4))))
    (block $copied
      (loop $copy
        (br_if $copied (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $v (i32.load offset=8 (i32.add (local.get $pts) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $x (f64.load (local.get $v)))
        (local.set $y (f64.load offset=8 (local.get $v)))
        (if (i32.eqz (i32.and (f64.lt (f64.abs (local.get $x)) (f64.const inf)) (f64.lt (f64.abs (local.get $y)) (f64.const inf))))
          (then (call $rt_fault (i32.const 4)) (unreachable)))
        (local.set $p (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 4))))
        (f64.store (local.get $p) (f64.add (local.get $x) (f64.const 0)))
        (f64.store offset=8 (local.get $p) (f64.add (local.get $y) (f64.const 0)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    ;; heapsort
    (local.set $i (i32.shr_u (local.get $n) (i32.const 1)))
    (block $heaped
      (loop $heapify
        (br_if $heaped (i32.eqz (local.get $i)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (call ${fn}__sift (local.get $b) (local.get $i) (local.get $n))
        (br $heapify)))
    (local.set $i (local.get $n))
    (block $sorted
      (loop $pop
        (br_if $sorted (i32.le_u (local.get $i) (i32.const 1)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (call ${fn}__swap (local.get $b) (i32.const 0) (local.get $i))
        (call ${fn}__sift (local.get $b) (i32.const 0) (local.get $i))
        (br $pop)))
    ;; deduplicate adjacent equal records
    (local.set $i (i32.const 0))
    (block $deduped
      (loop $dedup
        (br_if $deduped (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 4))))
        (local.set $q (i32.add (local.get $b) (i32.shl (local.get $m) (i32.const 4))))
        (if (i32.or (i32.eqz (local.get $m))
              (i32.or (f64.ne (f64.load (local.get $p)) (f64.load (i32.sub (local.get $q) (i32.const 16))))
                      (f64.ne (f64.load offset=8 (local.get $p)) (f64.load (i32.sub (local.get $q) (i32.const 8))))))
          (then
            (v128.store (local.get $q) (v128.load (local.get $p)))
            (local.set $m (i32.add (local.get $m) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $dedup)))
    ;; the index stack
    (local.set $h (call $rt_alloc (i32.shl (i32.add (i32.shl (local.get $m) (i32.const 1)) (i32.const 1)) (i32.const 2))))
    (if (i32.lt_u (local.get $m) (i32.const 3))
      (then
        (local.set $k (local.get $m))
        (i32.store (local.get $h) (i32.const 0))
        (i32.store offset=4 (local.get $h) (i32.const 1)))
      (else
        ;; lower chain, left to right
        (local.set $i (i32.const 0))
        (block $lowered
          (loop $lower
            (br_if $lowered (i32.ge_u (local.get $i) (local.get $m)))
            (block $kept
              (loop $pop1
                (br_if $kept (i32.lt_u (local.get $k) (i32.const 2)))
                (br_if $kept (i32.eqz (f64.le
                  (call ${fn}__cross (local.get $b)
                    (i32.load (i32.sub (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 2))) (i32.const 8)))
                    (i32.load (i32.sub (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 2))) (i32.const 4)))
                    (local.get $i))
                  (f64.const 0))))
                (local.set $k (i32.sub (local.get $k) (i32.const 1)))
                (br $pop1)))
            (i32.store (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 2))) (local.get $i))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $lower)))
        ;; upper chain, right to left
        (local.set $t (i32.add (local.get $k) (i32.const 1)))
        (local.set $i (i32.sub (local.get $m) (i32.const 1)))
        (block $uppered
          (loop $upper
            (br_if $uppered (i32.eqz (local.get $i)))
            (local.set $i (i32.sub (local.get $i) (i32.const 1)))
            (block $kept2
              (loop $pop2
                (br_if $kept2 (i32.lt_u (local.get $k) (local.get $t)))
                (br_if $kept2 (i32.eqz (f64.le
                  (call ${fn}__cross (local.get $b)
                    (i32.load (i32.sub (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 2))) (i32.const 8)))
                    (i32.load (i32.sub (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 2))) (i32.const 4)))
                    (local.get $i))
                  (f64.const 0))))
                (local.set $k (i32.sub (local.get $k) (i32.const 1)))
                (br $pop2)))
            (i32.store (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 2))) (local.get $i))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $upper)))
        ;; the last vertex repeats the first
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))))
    ;; start at the lowest-then-leftmost vertex
    (local.set $r (i32.const 0))
    (local.set $i (i32.const 1))
    (block $found
      (loop $scan
        (br_if $found (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $p (i32.add (local.get $b) (i32.shl (i32.load (i32.add (local.get $h) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 4))))
        (local.set $q (i32.add (local.get $b) (i32.shl (i32.load (i32.add (local.get $h) (i32.shl (local.get $r) (i32.const 2)))) (i32.const 4))))
        (if (i32.or (f64.lt (f64.load offset=8 (local.get $p)) (f64.load offset=8 (local.get $q)))
              (i32.and (f64.eq (f64.load offset=8 (local.get $p)) (f64.load offset=8 (local.get $q)))
                       (f64.lt (f64.load (local.get $p)) (f64.load (local.get $q)))))
          (then (local.set $r (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $scan)))
    (local.set $out (call $rt_arr_alloc (local.get $k) (i32.const 4)))
    (local.set $tup (call $rt_alloc (i32.shl (local.get $k) (i32.const 4))))
    (local.set $i (i32.const 0))
    (block $built
      (loop $build
        (br_if $built (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $p (i32.add (local.get $b) (i32.shl
          (i32.load (i32.add (local.get $h) (i32.shl (local.get $r) (i32.const 2)))) (i32.const 4))))
        (v128.store (local.get $tup) (v128.load (local.get $p)))
        (i32.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $tup))
        (local.set $tup (i32.add (local.get $tup) (i32.const 16)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (if (i32.eq (local.get $r) (local.get $k)) (then (local.set $r (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $build)))
    (local.get $out)))
