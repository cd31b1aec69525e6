;; crc32: reflected CRC-32 (polynomial 0xEDB88320), slicing-by-8 over eight 256-entry tables
;; (table k at byte 1024*k: T0 the classic table, Tk[n] = Tk-1[n] >> 8 ^ T0[Tk-1[n] & 255]).
;; The 8 KB of tables are computed by the first call, not carried in the module: the data segment
;; is one zero byte at the end, which reserves the space (zeros cost nothing once Binaryen drops
;; them), and T0[1], never 0, says whether they are filled.
(module
  (import "link" "{fn}_data" (global ${fn}_data i32))
  (func ${fn}__tables (param $t i32)
    (local $n i32) (local $c i32) (local $k i32) (local $at i32)
    (loop $entry
      (local.set $c (local.get $n))
      (local.set $k (i32.const 8))
      (loop $bit
        (local.set $c
          (i32.xor (i32.shr_u (local.get $c) (i32.const 1))
                   (i32.and (i32.const 0xEDB88320) (i32.sub (i32.const 0) (i32.and (local.get $c) (i32.const 1))))))
        (br_if $bit (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
      (i32.store (i32.add (local.get $t) (i32.shl (local.get $n) (i32.const 2))) (local.get $c))
      (br_if $entry (i32.lt_u (local.tee $n (i32.add (local.get $n) (i32.const 1))) (i32.const 256))))
    ;; Tk[n] at 1024 past Tk-1[n], for the 1,792 entries of T1..T7
    (local.set $at (local.get $t))
    (loop $next
      (local.set $c (i32.load (local.get $at)))
      (i32.store offset=1024 (local.get $at)
        (i32.xor (i32.shr_u (local.get $c) (i32.const 8))
                 (i32.load (i32.add (local.get $t) (i32.shl (i32.and (local.get $c) (i32.const 255)) (i32.const 2))))))
      (br_if $next (i32.lt_u (local.tee $at (i32.add (local.get $at) (i32.const 4))) (i32.add (local.get $t) (i32.const 7168))))))
  (func ${fn} (param $s i32) (result i64)
    (local $t i32) (local $p i32) (local $end i32) (local $end8 i32) (local $crc i32) (local $one i32) (local $two i32)
    (local.set $t (global.get ${fn}_data))
    (if (i32.eqz (i32.load offset=4 (local.get $t))) (then (call ${fn}__tables (local.get $t))))
    (local.set $p (i32.add (local.get $s) (i32.const 8)))
    (local.set $end (i32.add (local.get $p) (i32.load (local.get $s))))
    (local.set $end8 (i32.sub (local.get $end) (i32.and (i32.load (local.get $s)) (i32.const 7))))
    (local.set $crc (i32.const -1))
    (block $done8
      (loop $next8
        (br_if $done8 (i32.ge_u (local.get $p) (local.get $end8)))
        (local.set $one (i32.xor (i32.load (local.get $p)) (local.get $crc)))
        (local.set $two (i32.load offset=4 (local.get $p)))
        (local.set $crc
          (i32.xor
            (i32.xor
              (i32.xor
                (i32.load offset=7168 (i32.add (local.get $t) (i32.shl (i32.and (local.get $one) (i32.const 255)) (i32.const 2))))
                (i32.load offset=6144 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $one) (i32.const 6)) (i32.const 1020)))))
              (i32.xor
                (i32.load offset=5120 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $one) (i32.const 14)) (i32.const 1020))))
                (i32.load offset=4096 (i32.add (local.get $t) (i32.shl (i32.shr_u (local.get $one) (i32.const 24)) (i32.const 2))))))
            (i32.xor
              (i32.xor
                (i32.load offset=3072 (i32.add (local.get $t) (i32.shl (i32.and (local.get $two) (i32.const 255)) (i32.const 2))))
                (i32.load offset=2048 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $two) (i32.const 6)) (i32.const 1020)))))
              (i32.xor
                (i32.load offset=1024 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $two) (i32.const 14)) (i32.const 1020))))
                (i32.load (i32.add (local.get $t) (i32.shl (i32.shr_u (local.get $two) (i32.const 24)) (i32.const 2))))))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $crc
          (i32.xor
            (i32.load (i32.add (local.get $t) (i32.shl (i32.and (i32.xor (local.get $crc) (i32.load8_u (local.get $p))) (i32.const 255)) (i32.const 2))))
            (i32.shr_u (local.get $crc) (i32.const 8))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (i64.extend_i32_u (i32.xor (local.get $crc) (i32.const -1))))
  (data (i32.const 8191) "\00"))
