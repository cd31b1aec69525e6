;; sortby: the elements ordered by key(x), stable. Keys are computed once into a scratch array;
;; an index permutation is sorted by them (insertion sort on runs of 16, then bottom-up merges that
;; take from the right run only when strictly smaller), then the elements are gathered.
(module
  (type $f (func (param i32 {T.w}) (result {K.w})))

  ;; Key order: ints signed; floats ascending with NaN greatest (0.0 and -0.0 tie); strings by code
  ;; point; false < true. One helper per key kind; {K} picks the one this instantiation uses.
  (func ${fn}__lt_int (param $a i64) (param $b i64) (result i32) (i64.lt_s (local.get $a) (local.get $b)))
  (func ${fn}__lt_float (param $a f64) (param $b f64) (result i32)
    (i32.or (f64.lt (local.get $a) (local.get $b))
      (i32.and (f64.ne (local.get $b) (local.get $b)) (f64.eq (local.get $a) (local.get $a)))))
  (func ${fn}__lt_str (param $a i32) (param $b i32) (result i32)
    (i32.lt_s (call $rt_str_cmp (local.get $a) (local.get $b)) (i32.const 0)))
  (func ${fn}__lt_bool (param $a i32) (param $b i32) (result i32) (i32.lt_u (local.get $a) (local.get $b)))

  ;; merge the sorted index runs src[lo..mid) and src[mid..hi) into dst[lo..hi)
  (func ${fn}__merge (param $keys i32) (param $src i32) (param $dst i32) (param $lo i32) (param $mid i32) (param $hi i32)
    (local $i i32) (local $j i32) (local $k i32) (local $a i32) (local $b i32)
    (local.set $i (local.get $lo))
    (local.set $j (local.get $mid))
    (local.set $k (local.get $lo))
    (if (i32.lt_u (local.get $mid) (local.get $hi))
      (then
        ;; already in order (the right run's first key is not below the left run's last): copy
        (if (i32.eqz (call ${fn}__lt_{K}
              ({K.load} (i32.add (local.get $keys) (i32.shl (i32.load (i32.add (local.get $src) (i32.shl (local.get $mid) (i32.const 2)))) (i32.const {K.sh}))))
              ({K.load} (i32.add (local.get $keys) (i32.shl (i32.load (i32.add (local.get $src) (i32.shl (i32.sub (local.get $mid) (i32.const 1)) (i32.const 2)))) (i32.const {K.sh}))))))
          (then
            (memory.copy (i32.add (local.get $dst) (i32.shl (local.get $lo) (i32.const 2)))
              (i32.add (local.get $src) (i32.shl (local.get $lo) (i32.const 2)))
              (i32.shl (i32.sub (local.get $hi) (local.get $lo)) (i32.const 2)))
            (return)))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $mid)))
        (br_if $done (i32.ge_u (local.get $j) (local.get $hi)))
        (local.set $a (i32.load (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $b (i32.load (i32.add (local.get $src) (i32.shl (local.get $j) (i32.const 2)))))
        (if (call ${fn}__lt_{K}
              ({K.load} (i32.add (local.get $keys) (i32.shl (local.get $b) (i32.const {K.sh}))))
              ({K.load} (i32.add (local.get $keys) (i32.shl (local.get $a) (i32.const {K.sh})))))
          (then
            (i32.store (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 2))) (local.get $b))
            (local.set $j (i32.add (local.get $j) (i32.const 1))))
          (else
            (i32.store (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 2))) (local.get $a))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    ;; the rest of the left run, then of the right run
    (memory.copy (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 2)))
      (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2)))
      (i32.shl (i32.sub (local.get $mid) (local.get $i)) (i32.const 2)))
    (local.set $k (i32.add (local.get $k) (i32.sub (local.get $mid) (local.get $i))))
    (memory.copy (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 2)))
      (i32.add (local.get $src) (i32.shl (local.get $j) (i32.const 2)))
      (i32.shl (i32.sub (local.get $hi) (local.get $j)) (i32.const 2))))

  (func ${fn} (param $xs i32) (param $key i32) (result i32)
    (local $n i32) (local $i i32) (local $j i32) (local $keys i32) (local $a i32) (local $b i32) (local $t i32)
    (local $w i32) (local $lo i32) (local $mid i32) (local $hi i32) (local $out i32) (local $ck {K.w})
    (local.set $n (i32.load (local.get $xs)))
    (local.set $keys (i32.add (call $rt_arr_alloc (local.get $n) (i32.const {K.s})) (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ({K.store} (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const {K.sh})))
          (call_indirect $fns (type $f) (local.get $key)
            ({T.load} offset=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const {T.sh}))))
            (i32.load (local.get $key))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.set $a (i32.add (call $rt_arr_alloc (local.get $n) (i32.const 4)) (i32.const 8)))
    (local.set $b (i32.add (call $rt_arr_alloc (local.get $n) (i32.const 4)) (i32.const 8)))
    ;; insertion sort of each run of 16 indices
    (local.set $lo (i32.const 0))
    (block $runs
      (loop $run
        (br_if $runs (i32.ge_u (local.get $lo) (local.get $n)))
        (local.set $hi (i32.add (local.get $lo) (i32.const 16)))
        (if (i32.gt_u (local.get $hi) (local.get $n)) (then (local.set $hi (local.get $n))))
        (local.set $i (local.get $lo))
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $i) (local.get $hi)))
            (local.set $ck ({K.load} (i32.add (local.get $keys) (i32.shl (local.get $i) (i32.const {K.sh})))))
            (local.set $j (local.get $i))
            (block $placed
              (loop $shift
                (br_if $placed (i32.le_u (local.get $j) (local.get $lo)))
                (local.set $t (i32.load (i32.add (local.get $a) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2)))))
                (br_if $placed (i32.eqz (call ${fn}__lt_{K} (local.get $ck)
                  ({K.load} (i32.add (local.get $keys) (i32.shl (local.get $t) (i32.const {K.sh})))))))
                (i32.store (i32.add (local.get $a) (i32.shl (local.get $j) (i32.const 2))) (local.get $t))
                (local.set $j (i32.sub (local.get $j) (i32.const 1)))
                (br $shift)))
            (i32.store (i32.add (local.get $a) (i32.shl (local.get $j) (i32.const 2))) (local.get $i))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))
        (local.set $lo (local.get $hi))
        (br $run)))
    ;; bottom-up merges of runs of width w from a into b, then swap
    (local.set $w (i32.const 16))
    (block $sorted
      (loop $pass
        (br_if $sorted (i32.ge_u (local.get $w) (local.get $n)))
        (local.set $lo (i32.const 0))
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $lo) (local.get $n)))
            (local.set $mid (i32.add (local.get $lo) (local.get $w)))
            (if (i32.gt_u (local.get $mid) (local.get $n)) (then (local.set $mid (local.get $n))))
            (local.set $hi (i32.add (local.get $mid) (local.get $w)))
            (if (i32.gt_u (local.get $hi) (local.get $n)) (then (local.set $hi (local.get $n))))
            (call ${fn}__merge (local.get $keys) (local.get $a) (local.get $b) (local.get $lo) (local.get $mid) (local.get $hi))
            (local.set $lo (local.get $hi))
            (br $next)))
        (local.set $t (local.get $a))
        (local.set $a (local.get $b))
        (local.set $b (local.get $t))
        (local.set $w (i32.shl (local.get $w) (i32.const 1)))
        (br $pass)))
    ;; gather
    (local.set $out (call $rt_arr_alloc (local.get $n) (i32.const {T.s})))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ({T.store} offset=8 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const {T.sh})))
          ({T.load} offset=8 (i32.add (local.get $xs)
            (i32.shl (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))) (i32.const {T.sh})))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $out)))
