;; The Ideo runtime: the allocator, regions, faults and string helpers every program shares.
;; Linked like a block template; the linker defines what is imported from "link".
;; Layout: str -> [byte length i32][0 i32][UTF-8 bytes]; array -> [length i32][0 i32][elements];
;; tuple -> one 8-byte slot per field; closure -> [table index i32][0 i32][captures, 8 bytes each].
(module
  (import "link" "memory" (memory $memory 1))
  (import "link" "heap_base" (global $heap_base i32))
  (import "env" "fault" (func $env_fault (param i32 i32)))
  (import "env" "write" (func $env_write (param i32 i32)))
  (import "env" "fmt_f64" (func $env_fmt_f64 (param f64 i32) (result i32)))
  (global $rt_hp (mut i32) (global.get $heap_base))
  ;; What a call may still spend: loop turns, calls of recursive functions, elements given to
  ;; blocks, bytes allocated (lower/base.ts). The host sets it before each call; code compiled with
  ;; fuel spends it and faults when it is spent; other code leaves it alone.
  (global $rt_fuel (mut i64) (i64.const 0x7fffffffffffffff))
  ;; The host sets the budget through a function: an exported mutable global costs an indirection
  ;; at every access in the engines, and recursive functions touch this one on every call.
  (func $rt_fuel_set (param $fuel i64) (global.set $rt_fuel (local.get $fuel)))
  ;; The most 64 KiB pages the memory may grow to: the host's limit (maxMemory), at most wasm32's.
  (global $rt_max_pages (mut i32) (i32.const 65536))
  ;; line << 12 | column of the call into the runtime or a block that may fault next: compiled code
  ;; sets it before such calls only; its own checks pass their position to rt_fault_at instead
  (global $rt_loc (mut i32) (i32.const 0))

  ;; Bump allocation, 8-byte aligned; memory grows on demand, up to rt_max_pages; code 5 past it.
  (func $rt_alloc (param $size i32) (result i32)
    (local $p i32) (local $end i32) (local $need i32)
    (local.set $p (global.get $rt_hp))
    (local.set $end (i32.and (i32.add (i32.add (local.get $p) (local.get $size)) (i32.const 7)) (i32.const -8)))
    (if (i32.lt_u (local.get $end) (local.get $p)) (then (call $rt_fault (i32.const 5))))
    (if (i32.gt_u (local.get $end) (i32.shl (memory.size) (i32.const 16)))
      (then
        ;; end is at most 2^32 - 8: its page count fits in 17 bits
        (local.set $need (i32.sub (i32.shr_u (i32.add (i32.shr_u (local.get $end) (i32.const 1)) (i32.const 32767)) (i32.const 15)) (memory.size)))
        (if (i32.gt_u (i32.add (memory.size) (local.get $need)) (global.get $rt_max_pages)) (then (call $rt_fault (i32.const 5))))
        ;; grow at least by a quarter of what we have, so a growing heap costs few grow calls
        (if (i32.lt_u (local.get $need) (i32.shr_u (memory.size) (i32.const 2)))
          (then (local.set $need (select (i32.shr_u (memory.size) (i32.const 2)) (local.get $need)
            (i32.le_u (i32.add (memory.size) (i32.shr_u (memory.size) (i32.const 2))) (global.get $rt_max_pages))))))
        (if (i32.lt_s (memory.grow (local.get $need)) (i32.const 0))
          ;; the engine may refuse the extra quarter and not the pages the allocation needs
          (then (if (i32.lt_s (memory.grow (i32.sub (i32.shr_u (i32.add (i32.shr_u (local.get $end) (i32.const 1)) (i32.const 32767)) (i32.const 15)) (memory.size))) (i32.const 0))
            (then (call $rt_fault (i32.const 5))))))))
    (global.set $rt_hp (local.get $end))
    (local.get $p))

  (func $rt_mark (result i32) (global.get $rt_hp))
  (func $rt_reset (param $mark i32) (global.set $rt_hp (local.get $mark)))

  (func $rt_fault (param $code i32)
    (call $rt_fault_at (local.get $code) (global.get $rt_loc)))

  ;; A fault at a known position: the cold path of a check compiled inline.
  (func $rt_fault_at (param $code i32) (param $loc i32)
    (global.set $rt_loc (local.get $loc))
    (call $env_fault (local.get $code) (local.get $loc))
    (unreachable))

  ;; A string of n bytes, its length field set.
  (func $rt_str_alloc (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (call $rt_alloc (i32.add (local.get $n) (i32.const 8))))
    (i32.store (local.get $p) (local.get $n))
    (i32.store offset=4 (local.get $p) (i32.const 0))
    (local.get $p))

  ;; An array of n elements of the given size, its length field set.
  (func $rt_arr_alloc (param $n i32) (param $size i32) (result i32)
    (local $p i32)
    (if (i32.gt_u (local.get $n) (i32.const 0x10000000)) (then (call $rt_fault (i32.const 5))))
    (local.set $p (call $rt_alloc (i32.add (i32.mul (local.get $n) (local.get $size)) (i32.const 8))))
    (i32.store (local.get $p) (local.get $n))
    (i32.store offset=4 (local.get $p) (i32.const 0))
    (local.get $p))

  ;; Compare two strings by bytes, which for UTF-8 is code point order: -1, 0 or 1.
  (func $rt_str_cmp (param $a i32) (param $b i32) (result i32)
    (local $la i32) (local $lb i32) (local $n i32) (local $i i32) (local $x i32) (local $y i32)
    (local.set $la (i32.load (local.get $a)))
    (local.set $lb (i32.load (local.get $b)))
    (local.set $n (select (local.get $la) (local.get $lb) (i32.lt_u (local.get $la) (local.get $lb))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.load8_u offset=8 (i32.add (local.get $a) (local.get $i))))
        (local.set $y (i32.load8_u offset=8 (i32.add (local.get $b) (local.get $i))))
        (if (i32.ne (local.get $x) (local.get $y))
          (then (return (select (i32.const -1) (i32.const 1) (i32.lt_u (local.get $x) (local.get $y))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.sub (i32.gt_u (local.get $la) (local.get $lb)) (i32.lt_u (local.get $la) (local.get $lb))))

  ;; a == b: not rt_str_cmp's order, only whether the lengths and then the bytes differ, 8 at a time
  ;; (equal strings are often one object, and unequal ones often differ in length); the last 1 to 7
  ;; bytes as the top of the word that ends with them (rt_str_tail), so no loop runs byte by byte
  (func $rt_str_eq (param $a i32) (param $b i32) (result i32)
    (local $n i32) (local $i i32)
    (if (i32.eq (local.get $a) (local.get $b)) (then (return (i32.const 1))))
    (local.set $n (i32.load (local.get $a)))
    (if (i32.ne (local.get $n) (i32.load (local.get $b))) (then (return (i32.const 0))))
    (block $tail
      (loop $word
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 8)) (local.get $n)))
        (if (i64.ne (i64.load offset=8 (i32.add (local.get $a) (local.get $i))) (i64.load offset=8 (i32.add (local.get $b) (local.get $i))))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $word)))
    (if (result i32) (i32.eq (local.get $i) (local.get $n))
      (then (i32.const 1))
      (else (i64.eq (call $rt_str_tail (local.get $a) (i32.sub (local.get $n) (local.get $i))) (call $rt_str_tail (local.get $b) (i32.sub (local.get $n) (local.get $i)))))))

  ;; The last r bytes (1 to 7) of string s as a number: the 8 bytes that end where s ends, shifted
  ;; down. They lie within s's object (its 8-byte header comes first), wherever it was placed.
  (func $rt_str_tail (param $s i32) (param $r i32) (result i64)
    (i64.shr_u (i64.load (i32.add (local.get $s) (i32.load (local.get $s))))
      (i64.extend_i32_u (i32.sub (i32.const 64) (i32.shl (local.get $r) (i32.const 3))))))
;; Output and float formatting are the host's: the only calls out of WebAssembly.
  (func $rt_write (param $p i32) (param $n i32) (call $env_write (local.get $p) (local.get $n)))
  ;; Writes the shortest round-trip decimal of x at p (at most 32 bytes); returns its length.
  (func $rt_fmt_f64 (param $x f64) (param $p i32) (result i32) (call $env_fmt_f64 (local.get $x) (local.get $p)))
;; ---- operations the compiled code uses directly ----

  ;; a + b for strings
  (func $rt_str_concat (param $a i32) (param $b i32) (result i32)
    (local $la i32) (local $lb i32) (local $p i32)
    (local.set $la (i32.load (local.get $a)))
    (local.set $lb (i32.load (local.get $b)))
    (local.set $p (call $rt_str_alloc (i32.add (local.get $la) (local.get $lb))))
    (memory.copy (i32.add (local.get $p) (i32.const 8)) (i32.add (local.get $a) (i32.const 8)) (local.get $la))
    (memory.copy (i32.add (i32.add (local.get $p) (i32.const 8)) (local.get $la)) (i32.add (local.get $b) (i32.const 8)) (local.get $lb))
    (local.get $p))

  ;; v += t for a string variable that may own a growable buffer (lower/owned.ts): t is appended in
  ;; place when s is the buffer the variable owns (own, 0 for none) and t fits in its capacity, else
  ;; s and t are copied into a new buffer, which the variable then owns. A variable owns its buffer
  ;; only while nothing else holds its value (the lowering sees to it), so strings stay values.
  (func $rt_str_append (param $s i32) (param $t i32) (param $own i32) (result i32)
    (local $la i32) (local $lb i32) (local $n i32) (local $p i32)
    (local.set $la (i32.load (local.get $s)))
    (local.set $lb (i32.load (local.get $t)))
    (local.set $n (i32.add (local.get $la) (local.get $lb)))
    ;; room in the buffer: its capacity is rt_str_cap of its length, written out (a loop's hot path)
    (if (i32.and (i32.and (i32.eq (local.get $s) (local.get $own)) (i32.ne (local.get $own) (i32.const 0)))
                 (i32.and (i32.le_u (local.get $la) (i32.const 0x40000000))
                   (i32.le_u (local.get $n) (select (i32.const 16)
                     (i32.shl (i32.const 1) (i32.sub (i32.const 32) (i32.clz (i32.sub (local.get $la) (i32.const 1)))))
                     (i32.le_u (local.get $la) (i32.const 16))))))
      (then
        ;; one byte (a character added to a word) is a store: memory.copy is a call in the engines
        (if (i32.eq (local.get $lb) (i32.const 1))
          (then (i32.store8 offset=8 (i32.add (local.get $s) (local.get $la)) (i32.load8_u offset=8 (local.get $t))))
          (else (memory.copy (i32.add (i32.add (local.get $s) (i32.const 8)) (local.get $la)) (i32.add (local.get $t) (i32.const 8)) (local.get $lb))))
        (i32.store (local.get $s) (local.get $n))
        (return (local.get $s))))
    (local.set $p (call $rt_alloc (i32.add (call $rt_str_cap (local.get $n)) (i32.const 8))))
    (i32.store (local.get $p) (local.get $n))
    (i32.store offset=4 (local.get $p) (i32.const 0))
    ;; (a word begun again after `word = ""` copies nothing, then one byte: no calls for those)
    (if (local.get $la) (then (memory.copy (i32.add (local.get $p) (i32.const 8)) (i32.add (local.get $s) (i32.const 8)) (local.get $la))))
    (if (i32.eq (local.get $lb) (i32.const 1))
      (then (i32.store8 offset=8 (i32.add (local.get $p) (local.get $la)) (i32.load8_u offset=8 (local.get $t))))
      (else (memory.copy (i32.add (i32.add (local.get $p) (i32.const 8)) (local.get $la)) (i32.add (local.get $t) (i32.const 8)) (local.get $lb))))
    (local.get $p))

  ;; The capacity of a buffer rt_str_append makes for n bytes: the power of two at or above n, at
  ;; least 16, so a string grown a byte at a time is copied log n times. Growing in place never
  ;; takes the length past it, so the capacity is this function of the length and needs no field.
  ;; Past 1 GiB a buffer has no room to spare (the shift stays in range): rt_str_append grows in
  ;; place none that long.
  (func $rt_str_cap (param $n i32) (result i32)
    (if (i32.le_u (local.get $n) (i32.const 16)) (then (return (i32.const 16))))
    (if (i32.gt_u (local.get $n) (i32.const 0x40000000)) (then (return (local.get $n))))
    (i32.shl (i32.const 1) (i32.sub (i32.const 32) (i32.clz (i32.sub (local.get $n) (i32.const 1))))))

  ;; a + b for arrays of elements of the given size
  (func $rt_arr_concat (param $a i32) (param $b i32) (param $size i32) (result i32)
    (local $na i32) (local $nb i32) (local $p i32)
    (local.set $na (i32.load (local.get $a)))
    (local.set $nb (i32.load (local.get $b)))
    (local.set $p (call $rt_arr_alloc (i32.add (local.get $na) (local.get $nb)) (local.get $size)))
    (memory.copy (i32.add (local.get $p) (i32.const 8)) (i32.add (local.get $a) (i32.const 8)) (i32.mul (local.get $na) (local.get $size)))
    (memory.copy (i32.add (i32.add (local.get $p) (i32.const 8)) (i32.mul (local.get $na) (local.get $size)))
      (i32.add (local.get $b) (i32.const 8)) (i32.mul (local.get $nb) (local.get $size)))
    (local.get $p))

  ;; Number of code points: bytes that are not UTF-8 continuation bytes.
  (func $rt_cp_len (param $s i32) (result i32)
    (local $p i32) (local $end i32) (local $n i32)
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (local.set $n (i32.add (local.get $n)
        (i32.ne (i32.and (i32.load8_u (local.get $p)) (i32.const 0xc0)) (i32.const 0x80))))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $next)))
    (local.get $n))

  ;; Byte offset (from the data start) of code point i, 0 <= i <= length.
  (func $rt_cp_offset (param $s i32) (param $i i32) (result i32)
    (local $p i32) (local $len i32) (local $k i32)
    (local.set $len (i32.load (local.get $s)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $len)))
      (if (i32.ne (i32.and (i32.load8_u offset=8 (i32.add (local.get $s) (local.get $p))) (i32.const 0xc0)) (i32.const 0x80))
        (then
          (br_if $done (i32.eq (local.get $k) (local.get $i)))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $next)))
    (local.get $p))

  ;; The cold path of an inline bounds check (i was not in 0..n-1): a negative i counts from the
  ;; end; anything still out of range faults at loc.
  (func $rt_index_slow (param $n i32) (param $i i64) (param $loc i32) (result i32)
    (if (i64.lt_s (local.get $i) (i64.const 0)) (then (local.set $i (i64.add (local.get $i) (i64.extend_i32_u (local.get $n))))))
    (if (i64.ge_u (local.get $i) (i64.extend_i32_u (local.get $n))) (then (call $rt_fault_at (i32.const 1) (local.get $loc))))
    (i32.wrap_i64 (local.get $i)))

  ;; An index into n elements, negative counting from the end; faults when out of range.
  (func $rt_index (param $n i32) (param $i i64) (result i32)
    (if (i64.lt_s (local.get $i) (i64.const 0)) (then (local.set $i (i64.add (local.get $i) (i64.extend_i32_u (local.get $n))))))
    (if (i32.or (i64.lt_s (local.get $i) (i64.const 0)) (i64.ge_s (local.get $i) (i64.extend_i32_u (local.get $n))))
      (then (call $rt_fault (i32.const 1))))
    (i32.wrap_i64 (local.get $i)))

  ;; A slice bound, Python-style: negative counts from the end, then clamped to 0..n.
  (func $rt_bound (param $n i32) (param $i i64) (result i32)
    (if (i64.lt_s (local.get $i) (i64.const 0)) (then (local.set $i (i64.add (local.get $i) (i64.extend_i32_u (local.get $n))))))
    (if (i64.lt_s (local.get $i) (i64.const 0)) (then (return (i32.const 0))))
    (if (i64.gt_s (local.get $i) (i64.extend_i32_u (local.get $n))) (then (return (local.get $n))))
    (i32.wrap_i64 (local.get $i)))

  ;; s[i]: the i-th code point as a string.
  (func $rt_str_at (param $s i32) (param $i i64) (result i32)
    (local $k i32) (local $a i32) (local $b i32)
    (local.set $k (call $rt_index (call $rt_cp_len (local.get $s)) (local.get $i)))
    (local.set $a (call $rt_cp_offset (local.get $s) (local.get $k)))
    (local.set $b (call $rt_cp_offset (local.get $s) (i32.add (local.get $k) (i32.const 1))))
    (call $rt_str_sub (local.get $s) (local.get $a) (local.get $b)))

  ;; Bytes a..b of s as a new string.
  (func $rt_str_sub (param $s i32) (param $a i32) (param $b i32) (result i32)
    (local $p i32)
    (local.set $p (call $rt_str_alloc (i32.sub (local.get $b) (local.get $a))))
    (memory.copy (i32.add (local.get $p) (i32.const 8)) (i32.add (i32.add (local.get $s) (i32.const 8)) (local.get $a)) (i32.sub (local.get $b) (local.get $a)))
    (local.get $p))

  ;; s[lo:hi] by code points.
  (func $rt_str_slice (param $s i32) (param $lo i64) (param $hi i64) (result i32)
    (local $n i32) (local $a i32) (local $b i32)
    (local.set $n (call $rt_cp_len (local.get $s)))
    (local.set $a (call $rt_bound (local.get $n) (local.get $lo)))
    (local.set $b (call $rt_bound (local.get $n) (local.get $hi)))
    (if (i32.lt_u (local.get $b) (local.get $a)) (then (local.set $b (local.get $a))))
    (call $rt_str_sub (local.get $s)
      (call $rt_cp_offset (local.get $s) (local.get $a)) (call $rt_cp_offset (local.get $s) (local.get $b))))

  ;; xs[lo:hi] for elements of the given size.
  (func $rt_arr_slice (param $xs i32) (param $lo i64) (param $hi i64) (param $size i32) (result i32)
    (local $n i32) (local $a i32) (local $b i32) (local $p i32)
    (local.set $n (i32.load (local.get $xs)))
    (local.set $a (call $rt_bound (local.get $n) (local.get $lo)))
    (local.set $b (call $rt_bound (local.get $n) (local.get $hi)))
    (if (i32.lt_u (local.get $b) (local.get $a)) (then (local.set $b (local.get $a))))
    (local.set $p (call $rt_arr_alloc (i32.sub (local.get $b) (local.get $a)) (local.get $size)))
    (memory.copy (i32.add (local.get $p) (i32.const 8))
      (i32.add (i32.add (local.get $xs) (i32.const 8)) (i32.mul (local.get $a) (local.get $size)))
      (i32.mul (i32.sub (local.get $b) (local.get $a)) (local.get $size)))
    (local.get $p))

  ;; Floor division and modulo, as in Python; division by zero faults at loc; MIN // -1 wraps to MIN.
  (func $rt_floordiv (param $a i64) (param $b i64) (param $loc i32) (result i64)
    (local $q i64)
    (if (i64.eqz (local.get $b)) (then (call $rt_fault_at (i32.const 2) (local.get $loc))))
    (if (i64.eq (local.get $b) (i64.const -1)) (then (return (i64.sub (i64.const 0) (local.get $a)))))
    (local.set $q (i64.div_s (local.get $a) (local.get $b)))
    (if (i32.and (i64.ne (i64.rem_s (local.get $a) (local.get $b)) (i64.const 0))
                 (i32.xor (i64.lt_s (local.get $a) (i64.const 0)) (i64.lt_s (local.get $b) (i64.const 0))))
      (then (local.set $q (i64.sub (local.get $q) (i64.const 1)))))
    (local.get $q))

  (func $rt_floormod (param $a i64) (param $b i64) (param $loc i32) (result i64)
    (local $r i64)
    (if (i64.eqz (local.get $b)) (then (call $rt_fault_at (i32.const 2) (local.get $loc))))
    (if (i64.eq (local.get $b) (i64.const -1)) (then (return (i64.const 0))))
    (local.set $r (i64.rem_s (local.get $a) (local.get $b)))
    (if (i32.and (i64.ne (local.get $r) (i64.const 0)) (i32.xor (i64.lt_s (local.get $r) (i64.const 0)) (i64.lt_s (local.get $b) (i64.const 0))))
      (then (local.set $r (i64.add (local.get $r) (local.get $b)))))
    (local.get $r))

  ;; fmod(x, y) for y != 0, exact: shift and subtract on the 53-bit significands (after musl's fmod.c)
  (func $rt_fmod (param $x f64) (param $y f64) (result f64)
    (local $ux i64) (local $uy i64) (local $i i64) (local $sx i64) (local $ex i32) (local $ey i32) (local $lz i32)
    (local.set $ux (i64.reinterpret_f64 (local.get $x)))
    (local.set $uy (i64.reinterpret_f64 (local.get $y)))
    (local.set $ex (i32.wrap_i64 (i64.and (i64.shr_u (local.get $ux) (i64.const 52)) (i64.const 0x7ff))))
    (local.set $ey (i32.wrap_i64 (i64.and (i64.shr_u (local.get $uy) (i64.const 52)) (i64.const 0x7ff))))
    (local.set $sx (i64.and (local.get $ux) (i64.const 0x8000000000000000)))
    ;; NaN operands or an infinite x give NaN
    (if (i32.or (f64.ne (local.get $y) (local.get $y)) (i32.eq (local.get $ex) (i32.const 0x7ff)))
      (then (return (f64.const nan))))
    ;; |x| <= |y|
    (if (i64.le_u (i64.shl (local.get $ux) (i64.const 1)) (i64.shl (local.get $uy) (i64.const 1)))
      (then
        (if (i64.eq (i64.shl (local.get $ux) (i64.const 1)) (i64.shl (local.get $uy) (i64.const 1)))
          (then (return (f64.mul (f64.const 0) (local.get $x)))))
        (return (local.get $x))))
    ;; significands as integers with the implicit bit; subnormals normalized
    (if (i32.eqz (local.get $ex))
      (then
        (local.set $lz (i32.wrap_i64 (i64.clz (i64.shl (local.get $ux) (i64.const 12)))))
        (local.set $ex (i32.sub (i32.const 0) (local.get $lz)))
        (local.set $ux (i64.shl (local.get $ux) (i64.extend_i32_u (i32.add (local.get $lz) (i32.const 1))))))
      (else
        (local.set $ux (i64.or (i64.and (local.get $ux) (i64.const 0xFFFFFFFFFFFFF)) (i64.const 0x10000000000000)))))
    (if (i32.eqz (local.get $ey))
      (then
        (local.set $lz (i32.wrap_i64 (i64.clz (i64.shl (local.get $uy) (i64.const 12)))))
        (local.set $ey (i32.sub (i32.const 0) (local.get $lz)))
        (local.set $uy (i64.shl (local.get $uy) (i64.extend_i32_u (i32.add (local.get $lz) (i32.const 1))))))
      (else
        (local.set $uy (i64.or (i64.and (local.get $uy) (i64.const 0xFFFFFFFFFFFFF)) (i64.const 0x10000000000000)))))
    ;; shift and subtract
    (block $done
      (loop $next
        (br_if $done (i32.le_s (local.get $ex) (local.get $ey)))
        (local.set $i (i64.sub (local.get $ux) (local.get $uy)))
        (if (i64.ge_s (local.get $i) (i64.const 0))
          (then
            (if (i64.eqz (local.get $i)) (then (return (f64.mul (f64.const 0) (local.get $x)))))
            (local.set $ux (local.get $i))))
        (local.set $ux (i64.shl (local.get $ux) (i64.const 1)))
        (local.set $ex (i32.sub (local.get $ex) (i32.const 1)))
        (br $next)))
    (local.set $i (i64.sub (local.get $ux) (local.get $uy)))
    (if (i64.ge_s (local.get $i) (i64.const 0))
      (then
        (if (i64.eqz (local.get $i)) (then (return (f64.mul (f64.const 0) (local.get $x)))))
        (local.set $ux (local.get $i))))
    ;; normalize
    (local.set $lz (i32.sub (i32.wrap_i64 (i64.clz (local.get $ux))) (i32.const 11)))
    (local.set $ux (i64.shl (local.get $ux) (i64.extend_i32_u (local.get $lz))))
    (local.set $ex (i32.sub (local.get $ex) (local.get $lz)))
    (if (i32.gt_s (local.get $ex) (i32.const 0))
      (then
        (local.set $ux (i64.or (i64.sub (local.get $ux) (i64.const 0x10000000000000))
                               (i64.shl (i64.extend_i32_u (local.get $ex)) (i64.const 52)))))
      (else
        (local.set $ux (i64.shr_u (local.get $ux) (i64.extend_i32_u (i32.sub (i32.const 1) (local.get $ex)))))))
    (f64.reinterpret_i64 (i64.or (local.get $ux) (local.get $sx))))


  ;; Python's float %: fmod, moved into b's sign; a zero result takes b's sign; b = 0 faults.
  (func $rt_floormod_f (param $a f64) (param $b f64) (result f64)
    (local $r f64)
    (if (f64.eq (local.get $b) (f64.const 0)) (then (call $rt_fault (i32.const 2)) (unreachable)))
    (local.set $r (call $rt_fmod (local.get $a) (local.get $b)))
    (if (f64.ne (local.get $r) (f64.const 0))
      (then
        (if (i32.ne (f64.lt (local.get $b) (f64.const 0)) (f64.lt (local.get $r) (f64.const 0)))
          (then (local.set $r (f64.add (local.get $r) (local.get $b)))))
        (return (local.get $r))))
    (f64.copysign (f64.const 0) (local.get $b)))

  ;; Python's float //: (a - fmod(a, b)) / b, one less when the remainder and b differ in sign, then
  ;; rounded to the nearest integer (it is one up to rounding error); b = 0 faults. 7.5 // 0.1 is 74.0.
  (func $rt_floordiv_f (param $a f64) (param $b f64) (result f64)
    (local $mod f64) (local $div f64) (local $fl f64)
    (if (f64.eq (local.get $b) (f64.const 0)) (then (call $rt_fault (i32.const 2)) (unreachable)))
    (local.set $mod (call $rt_fmod (local.get $a) (local.get $b)))
    (local.set $div (f64.div (f64.sub (local.get $a) (local.get $mod)) (local.get $b)))
    (if (f64.ne (local.get $mod) (f64.const 0))
      (then
        (if (i32.ne (f64.lt (local.get $b) (f64.const 0)) (f64.lt (local.get $mod) (f64.const 0)))
          (then (local.set $div (f64.sub (local.get $div) (f64.const 1)))))))
    (if (f64.eq (local.get $div) (f64.const 0))
      (then (return (f64.copysign (f64.const 0) (f64.div (local.get $a) (local.get $b))))))
    (local.set $fl (f64.floor (local.get $div)))
    (if (f64.gt (f64.sub (local.get $div) (local.get $fl)) (f64.const 0.5))
      (then (local.set $fl (f64.add (local.get $fl) (f64.const 1)))))
    (local.get $fl))

  ;; a ** b for ints by squaring, wrapping; a negative exponent faults.
  (func $rt_ipow (param $a i64) (param $b i64) (param $loc i32) (result i64)
    (local $r i64)
    (if (i64.lt_s (local.get $b) (i64.const 0)) (then (call $rt_fault_at (i32.const 4) (local.get $loc))))
    (local.set $r (i64.const 1))
    (block $done (loop $next
      (br_if $done (i64.eqz (local.get $b)))
      (if (i32.wrap_i64 (i64.and (local.get $b) (i64.const 1))) (then (local.set $r (i64.mul (local.get $r) (local.get $a)))))
      (local.set $a (i64.mul (local.get $a) (local.get $a)))
      (local.set $b (i64.shr_u (local.get $b) (i64.const 1)))
      (br $next)))
    (local.get $r))

  ;; a << k and a >> k as Python computes them, within 64 bits: 0 (or -1 for a negative a >> k) once
  ;; k reaches 64, where wasm would take k mod 64; a negative k faults.
  (func $rt_shl (param $a i64) (param $k i64) (param $loc i32) (result i64)
    (if (i64.lt_s (local.get $k) (i64.const 0)) (then (call $rt_fault_at (i32.const 4) (local.get $loc))))
    (if (result i64) (i64.ge_s (local.get $k) (i64.const 64)) (then (i64.const 0)) (else (i64.shl (local.get $a) (local.get $k)))))

  (func $rt_shr (param $a i64) (param $k i64) (param $loc i32) (result i64)
    (if (i64.lt_s (local.get $k) (i64.const 0)) (then (call $rt_fault_at (i32.const 4) (local.get $loc))))
    (i64.shr_s (local.get $a) (select (i64.const 63) (local.get $k) (i64.ge_s (local.get $k) (i64.const 64)))))
)
