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
  ;; line << 12 | column of the operation that may fault next, set by compiled code
  (global $rt_loc (mut i32) (i32.const 0))

  ;; Bump allocation, 8-byte aligned; memory grows on demand; code 5 when it cannot.
  (func $rt_alloc (param $size i32) (result i32)
    (local $p i32) (local $end i32) (local $need i32)
    (local.set $p (global.get $rt_hp))
    (local.set $end (i32.and (i32.add (i32.add (local.get $p) (local.get $size)) (i32.const 7)) (i32.const -8)))
    (if (i32.lt_u (local.get $end) (local.get $p)) (then (call $rt_fault (i32.const 5))))
    (if (i32.gt_u (local.get $end) (i32.shl (memory.size) (i32.const 16)))
      (then
        (local.set $need (i32.sub (i32.shr_u (i32.add (local.get $end) (i32.const 65535)) (i32.const 16)) (memory.size)))
        ;; grow at least by a quarter of what we have, so a growing heap costs few grow calls
        (if (i32.lt_u (local.get $need) (i32.shr_u (memory.size) (i32.const 2)))
          (then (local.set $need (i32.shr_u (memory.size) (i32.const 2)))))
        (if (i32.lt_s (memory.grow (local.get $need)) (i32.const 0))
          (then (if (i32.lt_s (memory.grow (i32.sub (i32.shr_u (i32.add (local.get $end) (i32.const 65535)) (i32.const 16)) (memory.size))) (i32.const 0))
            (then (call $rt_fault (i32.const 5))))))))
    (global.set $rt_hp (local.get $end))
    (local.get $p))

  (func $rt_mark (result i32) (global.get $rt_hp))
  (func $rt_reset (param $mark i32) (global.set $rt_hp (local.get $mark)))

  (func $rt_fault (param $code i32)
    (call $env_fault (local.get $code) (global.get $rt_loc))
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

  (func $rt_str_eq (param $a i32) (param $b i32) (result i32)
    (i32.eqz (call $rt_str_cmp (local.get $a) (local.get $b))))
;; Output and float formatting are the host's: the only calls out of WebAssembly.
  (func $rt_write (param $p i32) (param $n i32) (call $env_write (local.get $p) (local.get $n)))
  ;; Writes the shortest round-trip decimal of x at p (at most 32 bytes); returns its length.
  (func $rt_fmt_f64 (param $x f64) (param $p i32) (result i32) (call $env_fmt_f64 (local.get $x) (local.get $p)))
)
