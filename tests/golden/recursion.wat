(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i64) (result i32)))
 (type $2 (func (param i64 i64) (result i64)))
 (type $3 (func))
 (type $4 (func (param i32) (result i32)))
 (type $5 (func (result i32)))
 (type $6 (func (param i32)))
 (type $7 (func (param i32 i32) (result i32)))
 (type $8 (func (param i32 i64)))
 (import "env" "fault" (func $env_fault (param i32 i32)))
 (import "env" "write" (func $env_write (param i32 i32)))
 (global $rt_hp (mut i32) (i32.const 16))
 (global $rt_max_pages (mut i32) (i32.const 65536))
 (global $rt_loc (mut i32) (i32.const 0))
 (memory $memory 2 65536)
 (export "main" (func $fn_main))
 (export "even" (func $fn_even))
 (export "odd" (func $fn_odd))
 (export "ackermann" (func $fn_ackermann))
 (export "gcd" (func $fn_gcd))
 (export "rt_mark" (func $rt_mark))
 (export "rt_reset" (func $rt_reset))
 (export "rt_loc" (global $rt_loc))
 (export "rt_max_pages" (global $rt_max_pages))
 (export "memory" (memory $memory))
 (func $fn_main
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local.set $1
   ;;@ <input>:3:9
   (call $fn_even
    ;;@
    (i64.const 10)
   )
  )
  ;;@
  (local.set $2
   ;;@ <input>:3:19
   (call $fn_odd
    ;;@
    (i64.const 7)
   )
  )
  ;;@
  (local.set $3
   ;;@ <input>:3:27
   (call $fn_ackermann
    ;;@
    (i64.const 2)
    ;;@
    (i64.const 3)
   )
  )
  ;;@
  (local.set $4
   ;;@ <input>:3:44
   (call $fn_gcd
    ;;@
    (i64.const 1071)
    ;;@
    (i64.const 462)
   )
  )
  ;;@
  (global.set $rt_loc
   (i32.const 12291)
  )
  ;;@
  (i32.store
   (local.tee $0
    (call $rt_alloc
     (i32.const 12)
    )
   )
   (call $rt_alloc
    (i32.const 64)
   )
  )
  ;;@
  (i32.store offset=4
   (local.get $0)
   (i32.const 0)
  )
  ;;@
  (i32.store offset=8
   (local.get $0)
   (i32.const 64)
  )
  ;;@
  (call $rt_sb_bool
   (local.get $0)
   (local.get $1)
  )
  ;;@
  (call $rt_sb_byte
   (local.get $0)
   (i32.const 32)
  )
  ;;@
  (call $rt_sb_bool
   (local.get $0)
   (local.get $2)
  )
  ;;@
  (call $rt_sb_byte
   (local.get $0)
   (i32.const 32)
  )
  ;;@
  (call $rt_sb_int
   (local.get $0)
   (local.get $3)
  )
  ;;@
  (call $rt_sb_byte
   (local.get $0)
   (i32.const 32)
  )
  ;;@
  (call $rt_sb_int
   (local.get $0)
   (local.get $4)
  )
  ;;@
  (call $rt_sb_byte
   (local.get $0)
   (i32.const 10)
  )
  ;;@
  (call $env_write
   (i32.load
    (local.get $0)
   )
   (i32.load offset=4
    (local.get $0)
   )
  )
 )
 (func $fn_even (param $0 i64) (result i32)
  (if (result i32)
   (i64.eqz
    (local.get $0)
   )
   (then
    (i32.const 1)
   )
   (else
    ;;@ <input>:5:32
    (call $fn_odd
     ;;@
     (i64.sub
      (local.get $0)
      (i64.const 1)
     )
    )
   )
  )
 )
 (func $fn_odd (param $0 i64) (result i32)
  (if (result i32)
   (i64.eqz
    (local.get $0)
   )
   (then
    (i32.const 0)
   )
   (else
    ;;@ <input>:6:32
    (call $fn_even
     ;;@
     (i64.sub
      (local.get $0)
      (i64.const 1)
     )
    )
   )
  )
 )
 (func $fn_ackermann (param $0 i64) (param $1 i64) (result i64)
  (if
   (i64.eqz
    (local.get $0)
   )
   (then
    (return
     (i64.add
      (local.get $1)
      (i64.const 1)
     )
    )
   )
  )
  (if
   (i64.eqz
    (local.get $1)
   )
   (then
    (return
     ;;@ <input>:10:21
     (call $fn_ackermann
      ;;@
      (i64.sub
       (local.get $0)
       (i64.const 1)
      )
      ;;@
      (i64.const 1)
     )
    )
   )
  )
  ;;@ <input>:11:3
  (call $fn_ackermann
   ;;@
   (i64.sub
    (local.get $0)
    (i64.const 1)
   )
   ;;@ <input>:11:20
   (call $fn_ackermann
    ;;@
    (local.get $0)
    ;;@
    (i64.sub
     (local.get $1)
     (i64.const 1)
    )
   )
  )
 )
 (func $fn_gcd (param $0 i64) (param $1 i64) (result i64)
  (if (result i64)
   (i64.eqz
    (local.get $1)
   )
   (then
    (local.get $0)
   )
   (else
    ;;@ <input>:13:31
    (call $fn_gcd
     ;;@
     (local.get $1)
     ;;@
     (block $__inlined_func$rt_floormod$2 (result i64)
      (if
       (i64.eqz
        (local.get $1)
       )
       (then
        (call $rt_fault_at
         (i32.const 2)
         (i32.const 53286)
        )
       )
      )
      (drop
       (br_if $__inlined_func$rt_floormod$2
        (i64.const 0)
        (i64.eq
         (local.get $1)
         (i64.const -1)
        )
       )
      )
      (if (result i64)
       (i32.and
        (i32.xor
         (i64.lt_s
          (local.tee $0
           (i64.rem_s
            (local.get $0)
            (local.get $1)
           )
          )
          (i64.const 0)
         )
         (i64.lt_s
          (local.get $1)
          (i64.const 0)
         )
        )
        (i64.ne
         (local.get $0)
         (i64.const 0)
        )
       )
       (then
        (i64.add
         (local.get $0)
         (local.get $1)
        )
       )
       (else
        (local.get $0)
       )
      )
     )
    )
   )
  )
 )
 (func $rt_alloc (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local.set $0
   (i32.and
    (i32.add
     (i32.add
      (local.tee $2
       (global.get $rt_hp)
      )
      (local.get $0)
     )
     (i32.const 7)
    )
    (i32.const -8)
   )
  )
  (if
   (i32.lt_u
    (local.get $0)
    (local.get $2)
   )
   (then
    (call $rt_fault_at
     (i32.const 5)
     (global.get $rt_loc)
    )
   )
  )
  (if
   (i32.gt_u
    (local.get $0)
    (i32.shl
     (memory.size)
     (i32.const 16)
    )
   )
   (then
    (if
     (i32.lt_u
      (global.get $rt_max_pages)
      (i32.add
       (local.tee $1
        (i32.sub
         (i32.shr_u
          (i32.add
           (i32.shr_u
            (local.get $0)
            (i32.const 1)
           )
           (i32.const 32767)
          )
          (i32.const 15)
         )
         (memory.size)
        )
       )
       (memory.size)
      )
     )
     (then
      (call $rt_fault_at
       (i32.const 5)
       (global.get $rt_loc)
      )
     )
    )
    (if
     (i32.lt_s
      (memory.grow
       (if (result i32)
        (i32.lt_u
         (local.get $1)
         (local.tee $3
          (i32.shr_u
           (memory.size)
           (i32.const 2)
          )
         )
        )
        (then
         (select
          (local.get $3)
          (local.get $1)
          (i32.ge_u
           (global.get $rt_max_pages)
           (i32.add
            (memory.size)
            (local.get $3)
           )
          )
         )
        )
        (else
         (local.get $1)
        )
       )
      )
      (i32.const 0)
     )
     (then
      (if
       (i32.lt_s
        (memory.grow
         (i32.sub
          (i32.shr_u
           (i32.add
            (i32.shr_u
             (local.get $0)
             (i32.const 1)
            )
            (i32.const 32767)
           )
           (i32.const 15)
          )
          (memory.size)
         )
        )
        (i32.const 0)
       )
       (then
        (call $rt_fault_at
         (i32.const 5)
         (global.get $rt_loc)
        )
       )
      )
     )
    )
   )
  )
  (global.set $rt_hp
   (local.get $0)
  )
  (local.get $2)
 )
 (func $rt_mark (result i32)
  (global.get $rt_hp)
 )
 (func $rt_reset (param $0 i32)
  (global.set $rt_hp
   (local.get $0)
  )
 )
 (func $rt_fault_at (param $0 i32) (param $1 i32)
  (global.set $rt_loc
   (local.get $1)
  )
  (call $env_fault
   (local.get $0)
   (local.get $1)
  )
  (unreachable)
 )
 (func $rt_sb_reserve (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (if
   (i32.lt_u
    (local.tee $2
     (i32.load offset=8
      (local.get $0)
     )
    )
    (i32.add
     (local.tee $3
      (i32.load offset=4
       (local.get $0)
      )
     )
     (local.get $1)
    )
   )
   (then
    (if
     (i32.lt_u
      (local.tee $2
       (i32.shl
        (local.get $2)
        (i32.const 1)
       )
      )
      (i32.add
       (local.get $1)
       (local.get $3)
      )
     )
     (then
      (local.set $2
       (i32.add
        (local.get $1)
        (local.get $3)
       )
      )
     )
    )
    (memory.copy
     (local.tee $4
      (call $rt_alloc
       (local.get $2)
      )
     )
     (i32.load
      (local.get $0)
     )
     (local.get $3)
    )
    (i32.store
     (local.get $0)
     (local.get $4)
    )
    (i32.store offset=8
     (local.get $0)
     (local.get $2)
    )
   )
  )
  (i32.store offset=4
   (local.get $0)
   (i32.add
    (local.get $1)
    (local.get $3)
   )
  )
  (i32.add
   (i32.load
    (local.get $0)
   )
   (local.get $3)
  )
 )
 (func $rt_sb_byte (param $0 i32) (param $1 i32)
  (i32.store8
   (call $rt_sb_reserve
    (local.get $0)
    (i32.const 1)
   )
   (local.get $1)
  )
 )
 (func $rt_sb_int (param $0 i32) (param $1 i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local.set $2
   (i32.add
    (local.tee $3
     (call $rt_alloc
      (i32.const 24)
     )
    )
    (i32.const 24)
   )
  )
  (local.set $1
   (select
    (i64.sub
     (i64.const 0)
     (local.get $1)
    )
    (local.get $1)
    (local.tee $4
     (i64.lt_s
      (local.get $1)
      (i64.const 0)
     )
    )
   )
  )
  (loop $label
   (i32.store8
    (local.tee $2
     (i32.sub
      (local.get $2)
      (i32.const 1)
     )
    )
    (i32.add
     (i32.wrap_i64
      (i64.rem_u
       (local.get $1)
       (i64.const 10)
      )
     )
     (i32.const 48)
    )
   )
   (br_if $label
    (i64.ne
     (local.tee $1
      (i64.div_u
       (local.get $1)
       (i64.const 10)
      )
     )
     (i64.const 0)
    )
   )
  )
  (if
   (local.get $4)
   (then
    (call $rt_sb_byte
     (local.get $0)
     (i32.const 45)
    )
   )
  )
  (memory.copy
   (call $rt_sb_reserve
    (local.get $0)
    (i32.sub
     (i32.add
      (local.get $3)
      (i32.const 24)
     )
     (local.get $2)
    )
   )
   (local.get $2)
   (i32.sub
    (i32.add
     (local.get $3)
     (i32.const 24)
    )
    (local.get $2)
   )
  )
 )
 (func $rt_sb_ascii3 (param $0 i32) (param $1 i32)
  (call $rt_sb_byte
   (local.get $0)
   (i32.shr_u
    (local.get $1)
    (i32.const 16)
   )
  )
  (call $rt_sb_byte
   (local.get $0)
   (i32.and
    (i32.shr_u
     (local.get $1)
     (i32.const 8)
    )
    (i32.const 255)
   )
  )
  (call $rt_sb_byte
   (local.get $0)
   (i32.and
    (local.get $1)
    (i32.const 255)
   )
  )
 )
 (func $rt_sb_bool (param $0 i32) (param $1 i32)
  (if
   (local.get $1)
   (then
    (call $rt_sb_byte
     (local.get $0)
     (i32.const 116)
    )
    (call $rt_sb_ascii3
     (local.get $0)
     (i32.const 7501157)
    )
   )
   (else
    (call $rt_sb_byte
     (local.get $0)
     (i32.const 102)
    )
    (call $rt_sb_byte
     (local.get $0)
     (i32.const 97)
    )
    (call $rt_sb_ascii3
     (local.get $0)
     (i32.const 7107429)
    )
   )
  )
 )
 ;; custom section "ideo.sig", size 348, contents: "{\"main\":{\"params\":[],\"result\":\"unit\"},\"even\":{\"params\":[\"int\"],\"result\":\"bool\",\"generic\":[\"'a\"],\"fn\":\"even\"},\"odd\":{\"params\":[\"int\"],\"result\":\"bool\",\"generic\":[\"'a\"],\"fn\":\"odd\"},\"ackermann\":{\"params\":[\"int\",\"int\"],\"result\":\"int\",\"generic\":[\"'a\",\"'b\"],\"fn\":\"ackermann\"},\"gcd\":{\"params\":[\"int\",\"int\"],\"result\":\"int\",\"generic\":[\"'a\",\"'a\"],\"fn\":\"gcd\"}}"
)
