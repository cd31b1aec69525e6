;; The WASI shim: what the JS host does for a module (compiler/host/instance.ts), done inside the
;; module over wasi_snapshot_preview1, for `ideo build --wasi`. The linker brings it in where the
;; runtime imports from "env" (link.ts), so its functions take those imports' names: print writes to
;; standard output, `stdin` reads standard input, floats are formatted by dtoa.wat, and a fault
;; writes `error: <fault> at <file>:<line>:<col>` to standard error and exits with code 1, as
;; `ideo run` does. `wasi_args` gives `main` its command-line arguments; compiler/link/wasi.ts
;; writes the fault messages and file names this file reads (global wasi_text) and `_start`.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $wasi_fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $wasi_fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $wasi_proc_exit (param i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $wasi_args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $wasi_args_get (param i32 i32) (result i32)))
  (import "link" "memory" (memory $memory 1))
  (import "link" "wasi_data" (global $wasi_data i32))
  (import "link" "wasi_text" (global $wasi_text i32))
  (import "rt" "rt_alloc" (func $rt_alloc (param i32) (result i32)))
  (import "rt" "rt_str_alloc" (func $rt_str_alloc (param i32) (result i32)))
  (import "rt" "rt_arr_alloc" (func $rt_arr_alloc (param i32 i32) (result i32)))
  (import "rt" "rt_sb_new" (func $rt_sb_new (result i32)))
  (import "rt" "rt_sb_byte" (func $rt_sb_byte (param i32 i32)))
  (import "rt" "rt_sb_str" (func $rt_sb_str (param i32 i32)))
  (import "rt" "rt_sb_int" (func $rt_sb_int (param i32 i64)))
  (import "blocks" "dtoa" (func $dtoa (param f64 i32) (result i32)))

  ;; scratch: [0, 8) argument counts, [8, 16) an iovec, [16, 20) bytes written or read
  (data (i32.const 0) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")

  (func $env_write (param $p i32) (param $n i32)
    (call $wasi__write (i32.const 1) (local.get $p) (local.get $n)))

  ;; Up to n bytes of standard input at p; 0 at its end (or when it cannot be read).
  (func $env_read (param $p i32) (param $n i32) (result i32)
    (local $io i32)
    (local.set $io (i32.add (global.get $wasi_data) (i32.const 8)))
    (i32.store (local.get $io) (local.get $p))
    (i32.store offset=4 (local.get $io) (local.get $n))
    (if (call $wasi_fd_read (i32.const 0) (local.get $io) (i32.const 1) (i32.add (local.get $io) (i32.const 8)))
      (then (return (i32.const 0))))
    (i32.load offset=8 (local.get $io)))

  (func $env_fmt_f64 (param $x f64) (param $p i32) (result i32)
    (call $dtoa (local.get $x) (local.get $p)))

  ;; The fault's message and place on standard error, then exit code 1. wasi_text holds: the
  ;; highest fault code N; the "error: " prefix; for codes 0 (unknown) to N a message and the word
  ;; before the place (" at ", " near "); the files with the line each starts at. Numbers are i32,
  ;; texts offsets from wasi_text to strings laid out as the runtime's.
  (func $env_fault (param $code i32) (param $loc i32)
    (local $t i32) (local $sb i32) (local $entry i32) (local $known i32) (local $line i32)
    (local $files i32) (local $i i32) (local $first i32) (local $name i32)
    (local.set $t (global.get $wasi_text))
    (local.set $sb (call $rt_sb_new))
    (call $rt_sb_str (local.get $sb) (i32.add (local.get $t) (i32.load offset=4 (local.get $t))))
    (local.set $known (i32.and (i32.ge_s (local.get $code) (i32.const 1)) (i32.le_s (local.get $code) (i32.load (local.get $t)))))
    (local.set $entry (i32.add (i32.add (local.get $t) (i32.const 8)) (i32.shl (select (local.get $code) (i32.const 0) (local.get $known)) (i32.const 3))))
    (call $rt_sb_str (local.get $sb) (i32.add (local.get $t) (i32.load (local.get $entry))))
    (if (i32.eqz (local.get $known)) (then (call $rt_sb_int (local.get $sb) (i64.extend_i32_s (local.get $code)))))
    (local.set $line (i32.shr_u (local.get $loc) (i32.const 12)))
    (if (local.get $line)
      (then
        (call $rt_sb_str (local.get $sb) (i32.add (local.get $t) (i32.load offset=4 (local.get $entry))))
        ;; the last file that starts at or before the line
        (local.set $files (i32.add (i32.add (local.get $t) (i32.const 16)) (i32.shl (i32.load (local.get $t)) (i32.const 3))))
        (local.set $first (i32.const 1))
        (block $found (loop $next
          (br_if $found (i32.ge_u (local.get $i) (i32.load (local.get $files))))
          (br_if $found (i32.gt_u (i32.load offset=4 (i32.add (local.get $files) (i32.shl (local.get $i) (i32.const 3)))) (local.get $line)))
          (local.set $first (i32.load offset=4 (i32.add (local.get $files) (i32.shl (local.get $i) (i32.const 3)))))
          (local.set $name (i32.add (local.get $t) (i32.load offset=8 (i32.add (local.get $files) (i32.shl (local.get $i) (i32.const 3))))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $next)))
        (if (i32.and (i32.ne (local.get $name) (i32.const 0)) (i32.ne (i32.load (local.get $name)) (i32.const 0)))
          (then
            (call $rt_sb_str (local.get $sb) (local.get $name))
            (call $rt_sb_byte (local.get $sb) (i32.const 58))))
        (call $rt_sb_int (local.get $sb) (i64.extend_i32_u (i32.add (i32.sub (local.get $line) (local.get $first)) (i32.const 1))))
        (call $rt_sb_byte (local.get $sb) (i32.const 58))
        (call $rt_sb_int (local.get $sb) (i64.extend_i32_u (i32.and (local.get $loc) (i32.const 0xfff))))))
    (call $rt_sb_byte (local.get $sb) (i32.const 10))
    (call $wasi__write (i32.const 2) (i32.load (local.get $sb)) (i32.load offset=4 (local.get $sb)))
    (call $wasi_proc_exit (i32.const 1))
    (unreachable))

  ;; The command-line arguments after the program's name, as a [str].
  (func $wasi_args (result i32)
    (local $counts i32) (local $argc i32) (local $argv i32) (local $buf i32) (local $out i32)
    (local $i i32) (local $s i32) (local $n i32) (local $str i32)
    (local.set $counts (global.get $wasi_data))
    (if (call $wasi_args_sizes_get (local.get $counts) (i32.add (local.get $counts) (i32.const 4)))
      (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 4)))))
    (local.set $argc (i32.load (local.get $counts)))
    (local.set $argv (call $rt_alloc (i32.shl (local.get $argc) (i32.const 2))))
    (local.set $buf (call $rt_alloc (i32.load offset=4 (local.get $counts))))
    (if (call $wasi_args_get (local.get $argv) (local.get $buf))
      (then (return (call $rt_arr_alloc (i32.const 0) (i32.const 4)))))
    (local.set $out (call $rt_arr_alloc (select (i32.sub (local.get $argc) (i32.const 1)) (i32.const 0) (local.get $argc)) (i32.const 4)))
    (local.set $i (i32.const 1))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $argc)))
      (local.set $s (i32.load (i32.add (local.get $argv) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $n (i32.const 0))
      (block $end (loop $byte
        (br_if $end (i32.eqz (i32.load8_u (i32.add (local.get $s) (local.get $n)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $byte)))
      (local.set $str (call $rt_str_alloc (local.get $n)))
      (memory.copy (i32.add (local.get $str) (i32.const 8)) (local.get $s) (local.get $n))
      (i32.store offset=4 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $str))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (local.get $out))

  ;; All n bytes at p to a file descriptor; stops quietly if it cannot (a closed pipe).
  (func $wasi__write (param $fd i32) (param $p i32) (param $n i32)
    (local $io i32) (local $w i32)
    (local.set $io (i32.add (global.get $wasi_data) (i32.const 8)))
    (block $done (loop $more
      (br_if $done (i32.eqz (local.get $n)))
      (i32.store (local.get $io) (local.get $p))
      (i32.store offset=4 (local.get $io) (local.get $n))
      (br_if $done (call $wasi_fd_write (local.get $fd) (local.get $io) (i32.const 1) (i32.add (local.get $io) (i32.const 8))))
      (local.set $w (i32.load offset=8 (local.get $io)))
      (br_if $done (i32.eqz (local.get $w)))
      (local.set $p (i32.add (local.get $p) (local.get $w)))
      (local.set $n (i32.sub (local.get $n) (local.get $w)))
      (br $more))))
)
