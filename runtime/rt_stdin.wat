;; `stdin`: all of standard input that is left, as a string (UTF-8 as it comes). Linked when a
;; program reads it; the host's env.read fills the buffer (compiler/host/instance.ts, or the WASI
;; shim's fd_read, wasi.wat), giving 0 at the end of the input.
(module
  (import "link" "memory" (memory $memory 1))
  (import "env" "read" (func $env_read (param i32 i32) (result i32)))
  (import "rt" "rt_sb_new" (func $rt_sb_new (result i32)))
  (import "rt" "rt_sb_reserve" (func $rt_sb_reserve (param i32 i32) (result i32)))
  (import "rt" "rt_sb_finish" (func $rt_sb_finish (param i32) (result i32)))

  (func $rt_stdin (result i32)
    (local $sb i32) (local $n i32)
    (local.set $sb (call $rt_sb_new))
    (loop $more
      ;; reserve a chunk, read into it, give back what the read did not fill
      (local.set $n (call $env_read (call $rt_sb_reserve (local.get $sb) (i32.const 65536)) (i32.const 65536)))
      (i32.store offset=4 (local.get $sb) (i32.add (i32.sub (i32.load offset=4 (local.get $sb)) (i32.const 65536)) (local.get $n)))
      (br_if $more (i32.gt_s (local.get $n) (i32.const 0))))
    (call $rt_sb_finish (local.get $sb)))
)
