;; Maps: the runtime's hash table, joined into one module with rt.wat (compiler/blocks/source.ts),
;; so it calls rt's allocator and faults. Lowered code, blocks and the JS host (building maps it
;; passes in) all use it.
(module
  ;; Hash maps with int or str keys that keep insertion order.
  ;; map -> [count i32][cap i32][entries i32][index i32]. entries: cap slots of [key 8][value 8] in
  ;; insertion order (a str key is its pointer in the low 4 bytes). index: 2 * cap slots of
  ;; [entry number + 1 i32][key i32], the first 0 when empty, probed linearly from the key's hash; a
  ;; str key's pointer is in the slot as well, so a lookup reads its bytes without waiting for its
  ;; entry. $kind: 0 int keys, 1 str keys.
  (func $rt_map_new (result i32)
    (local $m i32)
    (local.set $m (call $rt_alloc (i32.const 16)))
    (i32.store (local.get $m) (i32.const 0))
    (i32.store offset=4 (local.get $m) (i32.const 4))
    (i32.store offset=8 (local.get $m) (call $rt_alloc (i32.const 64)))
    (i32.store offset=12 (local.get $m) (call $rt_alloc_zeroed (i32.const 64)))
    (local.get $m))

  (func $rt_alloc_zeroed (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (call $rt_alloc (local.get $n)))
    (memory.fill (local.get $p) (i32.const 0) (local.get $n))
    (local.get $p))

  (func $rt_map_hash (param $kind i32) (param $k i64) (result i32)
    (local $s i32) (local $i i32) (local $n i32) (local $h i64)
    (if (result i32) (local.get $kind)
      (then
        ;; a string's bytes 8 at a time, then its last 1 to 7 (rt_str_tail), folded into one number
        ;; by multiplying, whose top half is the hash: a lookup waits for it, then for its slot, its
        ;; entry and the key's bytes, so it takes few steps (FNV-1a, a byte at a time, and a
        ;; finalizer after it were most of a word count's time)
        (local.set $s (i32.wrap_i64 (local.get $k)))
        (local.set $n (i32.load (local.get $s)))
        (local.set $h (i64.extend_i32_u (local.get $n)))
        (block $done (loop $next
          (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 8)) (local.get $n)))
          (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load offset=8 (i32.add (local.get $s) (local.get $i)))) (i64.const 0x9e3779b97f4a7c15)))
          (local.set $i (i32.add (local.get $i) (i32.const 8)))
          (br $next)))
        (if (i32.lt_u (local.get $i) (local.get $n))
          (then (local.set $h (i64.xor (local.get $h) (call $rt_str_tail (local.get $s) (i32.sub (local.get $n) (local.get $i)))))))
        ;; the high half folded in first: the product's top half does not see its factor's top bits
        (i32.wrap_i64 (i64.shr_u (i64.mul (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 32))) (i64.const 0x9e3779b97f4a7c15)) (i64.const 32))))
      (else (call $rt_hash_mix (local.get $k)))))

  ;; a 64-bit finalizer, so keys that differ only in high bits spread too
  (func $rt_hash_mix (param $k i64) (result i32)
    (local.set $k (i64.mul (i64.xor (local.get $k) (i64.shr_u (local.get $k) (i64.const 33))) (i64.const 0xff51afd7ed558ccd)))
    (local.set $k (i64.mul (i64.xor (local.get $k) (i64.shr_u (local.get $k) (i64.const 33))) (i64.const 0xc4ceb9fe1a85ec53)))
    (i32.wrap_i64 (i64.xor (local.get $k) (i64.shr_u (local.get $k) (i64.const 33)))))

  ;; The index slot where key k is, or the empty slot where it would go.
  (func $rt_map_slot (param $m i32) (param $kind i32) (param $k i64) (result i32)
    (local $mask i32) (local $i i32) (local $slot i32) (local $e i32) (local $idx i32)
    (local.set $mask (i32.sub (i32.shl (i32.load offset=4 (local.get $m)) (i32.const 1)) (i32.const 1)))
    (local.set $idx (i32.load offset=12 (local.get $m)))
    (local.set $i (i32.and (call $rt_map_hash (local.get $kind) (local.get $k)) (local.get $mask)))
    (loop $probe
      (local.set $slot (i32.add (local.get $idx) (i32.shl (local.get $i) (i32.const 3))))
      (local.set $e (i32.load (local.get $slot)))
      (if (i32.eqz (local.get $e)) (then (return (local.get $slot))))
      (if (if (result i32) (local.get $kind)
            (then (call $rt_str_eq (i32.load offset=4 (local.get $slot)) (i32.wrap_i64 (local.get $k))))
            (else (i64.eq (i64.load (i32.add (i32.load offset=8 (local.get $m)) (i32.shl (i32.sub (local.get $e) (i32.const 1)) (i32.const 4)))) (local.get $k))))
        (then (return (local.get $slot))))
      (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (local.get $mask)))
      (br $probe))
    (unreachable))

  ;; The entry number of key k, or -1.
  (func $rt_map_find (param $m i32) (param $kind i32) (param $k i64) (result i32)
    (i32.sub (i32.load (call $rt_map_slot (local.get $m) (local.get $kind) (local.get $k))) (i32.const 1)))

  ;; The address of k's value; faults (code 8) at loc when k is not there.
  (func $rt_map_get (param $m i32) (param $kind i32) (param $k i64) (param $loc i32) (result i32)
    (local $e i32)
    (local.set $e (call $rt_map_find (local.get $m) (local.get $kind) (local.get $k)))
    (if (i32.lt_s (local.get $e) (i32.const 0)) (then (call $rt_fault_at (i32.const 8) (local.get $loc))))
    (i32.add (i32.add (i32.load offset=8 (local.get $m)) (i32.shl (local.get $e) (i32.const 4))) (i32.const 8)))

  ;; The address of k's value, adding k (its value zeroed) when it is not there.
  (func $rt_map_put (param $m i32) (param $kind i32) (param $k i64) (result i32)
    (local $slot i32) (local $n i32) (local $e i32)
    (local.set $slot (call $rt_map_slot (local.get $m) (local.get $kind) (local.get $k)))
    (if (i32.eqz (i32.load (local.get $slot)))
      (then
        (local.set $n (i32.load (local.get $m)))
        (if (i32.eq (local.get $n) (i32.load offset=4 (local.get $m)))
          (then
            (call $rt_map_grow (local.get $m) (local.get $kind))
            (local.set $slot (call $rt_map_slot (local.get $m) (local.get $kind) (local.get $k)))))
        (local.set $e (i32.add (i32.load offset=8 (local.get $m)) (i32.shl (local.get $n) (i32.const 4))))
        (i64.store (local.get $e) (local.get $k))
        (i64.store offset=8 (local.get $e) (i64.const 0))
        (i32.store (local.get $slot) (i32.add (local.get $n) (i32.const 1)))
        (i32.store offset=4 (local.get $slot) (i32.wrap_i64 (local.get $k)))
        (i32.store (local.get $m) (i32.add (local.get $n) (i32.const 1)))))
    (i32.add (i32.add (i32.load offset=8 (local.get $m)) (i32.shl (i32.sub (i32.load (local.get $slot)) (i32.const 1)) (i32.const 4))) (i32.const 8)))

  ;; Double the capacity: copy the entries, rebuild the index.
  (func $rt_map_grow (param $m i32) (param $kind i32)
    (local $cap i32) (local $n i32) (local $i i32) (local $entries i32) (local $k i64) (local $slot i32)
    (local.set $n (i32.load (local.get $m)))
    (local.set $cap (i32.shl (i32.load offset=4 (local.get $m)) (i32.const 1)))
    (if (i32.gt_u (local.get $cap) (i32.const 0x4000000)) (then (call $rt_fault (i32.const 5))))
    (local.set $entries (call $rt_alloc (i32.shl (local.get $cap) (i32.const 4))))
    (memory.copy (local.get $entries) (i32.load offset=8 (local.get $m)) (i32.shl (local.get $n) (i32.const 4)))
    (i32.store offset=4 (local.get $m) (local.get $cap))
    (i32.store offset=8 (local.get $m) (local.get $entries))
    (i32.store offset=12 (local.get $m) (call $rt_alloc_zeroed (i32.shl (local.get $cap) (i32.const 4))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $k (i64.load (i32.add (local.get $entries) (i32.shl (local.get $i) (i32.const 4)))))
      (local.set $slot (call $rt_map_slot (local.get $m) (local.get $kind) (local.get $k)))
      (i32.store (local.get $slot) (i32.add (local.get $i) (i32.const 1)))
      (i32.store offset=4 (local.get $slot) (i32.wrap_i64 (local.get $k)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next))))
)
