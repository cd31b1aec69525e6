(module
 (type $0 (func (param i32 i64) (result i32)))
 (type $1 (func (param i32 i32)))
 (type $2 (func (param i32 i64) (result i64)))
 (type $3 (func (param i32)))
 (type $4 (func (param i32 i32) (result i32)))
 (type $5 (func (param i32 i64 i64) (result i64)))
 (type $6 (func (param i32) (result i32)))
 (type $7 (func (result i32)))
 (type $8 (func))
 (type $9 (func (param i32 i64)))
 (import "env" "fault" (func $env_fault (param i32 i32)))
 (import "env" "write" (func $env_write (param i32 i32)))
 (global $rt_hp (mut i32) (i32.const 16))
 (global $rt_max_pages (mut i32) (i32.const 65536))
 (global $rt_loc (mut i32) (i32.const 0))
 (memory $memory 2 65536)
 (table $fns 7 7 funcref)
 (elem $fns_init (i32.const 0) $lambda_0 $lambda_1 $lambda_2 $lambda_3 $lambda_4 $lambda_5 $lambda_6)
 (export "scaled" (func $fn_scaled))
 (export "main" (func $fn_main))
 (export "memory" (memory $memory))
 (export "rt_alloc" (func $rt_alloc))
 (export "rt_mark" (func $rt_mark))
 (export "rt_reset" (func $rt_reset))
 (export "rt_loc" (global $rt_loc))
 (export "rt_max_pages" (global $rt_max_pages))
 (func $fn_scaled (param $0 i32) (param $1 i64) (result i32)
  (local $2 i32)
  (global.set $rt_loc
   (i32.const 8216)
  )
  (i32.store
   (local.tee $2
    (call $rt_alloc
     (i32.const 16)
    )
   )
   (i32.const 0)
  )
  (i64.store offset=8
   (local.get $2)
   (local.get $1)
  )
  (global.set $rt_loc
   (i32.const 8209)
  )
  (call $map_i64_i64
   (local.get $0)
   (local.get $2)
  )
 )
 (func $__show_arr_int (param $0 i32) (param $1 i32)
  (local $2 i32)
  (call $rt_sb_byte
   (local.get $0)
   (i32.const 91)
  )
  (loop $next
   (if
    (i32.gt_u
     (i32.load
      (local.get $1)
     )
     (local.get $2)
    )
    (then
     (if
      (local.get $2)
      (then
       (call $rt_sb_byte
        (local.get $0)
        (i32.const 44)
       )
       (call $rt_sb_byte
        (local.get $0)
        (i32.const 32)
       )
      )
     )
     (call $rt_sb_int
      (local.get $0)
      (i64.load offset=8
       (i32.add
        (local.get $1)
        (i32.shl
         (local.get $2)
         (i32.const 3)
        )
       )
      )
     )
     (local.set $2
      (i32.add
       (local.get $2)
       (i32.const 1)
      )
     )
     (br $next)
    )
   )
  )
  (call $rt_sb_byte
   (local.get $0)
   (i32.const 93)
  )
 )
 (func $fn_main
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i64)
  (global.set $rt_loc
   (i32.const 20488)
  )
  (i64.store offset=8
   (local.tee $1
    (call $rt_arr_alloc
     (i32.const 8)
    )
   )
   (i64.const 3)
  )
  (i64.store offset=16
   (local.get $1)
   (i64.const 1)
  )
  (i64.store offset=24
   (local.get $1)
   (i64.const 4)
  )
  (i64.store offset=32
   (local.get $1)
   (i64.const 1)
  )
  (i64.store offset=40
   (local.get $1)
   (i64.const 5)
  )
  (i64.store offset=48
   (local.get $1)
   (i64.const 9)
  )
  (i64.store offset=56
   (local.get $1)
   (i64.const 2)
  )
  (i64.store offset=64
   (local.get $1)
   (i64.const 6)
  )
  (local.set $2
   ;;@ <input>:7:9
   (call $fn_scaled
    ;;@
    (local.get $1)
    ;;@
    (i64.const 10)
   )
  )
  ;;@
  (global.set $rt_loc
   (i32.const 28675)
  )
  ;;@
  (call $__show_arr_int
   (local.tee $0
    (call $rt_sb_new)
   )
   (local.get $2)
  )
  ;;@
  (call $rt_sb_print
   (local.get $0)
  )
  ;;@
  (global.set $rt_loc
   (i32.const 32787)
  )
  ;;@
  (i32.store
   (local.tee $2
    (call $rt_alloc
     (i32.const 16)
    )
   )
   (i32.const 1)
  )
  ;;@
  (i64.store offset=8
   (local.get $2)
   (i64.const 10)
  )
  ;;@
  (global.set $rt_loc
   (i32.const 32777)
  )
  ;;@
  (local.set $2
   (call $filter_i64
    (local.get $1)
    (local.get $2)
   )
  )
  ;;@
  (global.set $rt_loc
   (i32.const 32771)
  )
  ;;@
  (call $__show_arr_int
   (local.tee $0
    (call $rt_sb_new)
   )
   (local.get $2)
  )
  ;;@
  (call $rt_sb_print
   (local.get $0)
  )
  ;;@
  (global.set $rt_loc
   (i32.const 36884)
  )
  ;;@
  (i32.store
   (local.tee $2
    (call $rt_alloc
     (i32.const 8)
    )
   )
   (i32.const 2)
  )
  ;;@
  (local.set $4
   (i64.const 1)
  )
  ;;@
  (local.set $3
   (i32.add
    (local.tee $0
     (i32.add
      (local.get $1)
      (i32.const 8)
     )
    )
    (i32.shl
     (i32.load
      (local.get $1)
     )
     (i32.const 3)
    )
   )
  )
  ;;@
  (loop $label
   (if
    (i32.lt_u
     (local.get $0)
     (local.get $3)
    )
    (then
     (local.set $4
      (call_indirect (type $5)
       (local.get $2)
       (local.get $4)
       (i64.load
        (local.get $0)
       )
       (i32.load
        (local.get $2)
       )
      )
     )
     (local.set $0
      (i32.add
       (local.get $0)
       (i32.const 8)
      )
     )
     (br $label)
    )
   )
  )
  ;;@
  (global.set $rt_loc
   (i32.const 36867)
  )
  ;;@
  (call $rt_sb_int
   (local.tee $2
    (call $rt_sb_new)
   )
   (local.get $4)
  )
  ;;@
  (call $rt_sb_print
   (local.get $2)
  )
  ;;@
  (global.set $rt_loc
   (i32.const 40976)
  )
  ;;@
  (i32.store
   (local.tee $2
    (call $rt_alloc
     (i32.const 16)
    )
   )
   (i32.const 3)
  )
  ;;@
  (i32.store offset=8
   (local.get $2)
   (local.get $1)
  )
  ;;@
  (global.set $rt_loc
   (i32.const 40969)
  )
  ;;@
  (local.set $2
   (call $map_i64_i64
    (local.get $1)
    (local.get $2)
   )
  )
  ;;@
  (global.set $rt_loc
   (i32.const 40963)
  )
  ;;@
  (call $__show_arr_int
   (local.tee $0
    (call $rt_sb_new)
   )
   (local.get $2)
  )
  ;;@
  (call $rt_sb_print
   (local.get $0)
  )
  ;;@
  (global.set $rt_loc
   (i32.const 45072)
  )
  ;;@
  (i32.store
   (local.tee $2
    (call $rt_alloc
     (i32.const 8)
    )
   )
   (i32.const 4)
  )
  ;;@
  (local.set $2
   (block $__inlined_func$any_i64$1 (result i32)
    (local.set $3
     (i32.add
      (local.tee $0
       (i32.add
        (local.get $1)
        (i32.const 8)
       )
      )
      (i32.shl
       (i32.load
        (local.get $1)
       )
       (i32.const 3)
      )
     )
    )
    (loop $label0
     (if
      (i32.lt_u
       (local.get $0)
       (local.get $3)
      )
      (then
       (if
        (call_indirect (type $0)
         (local.get $2)
         (i64.load
          (local.get $0)
         )
         (i32.load
          (local.get $2)
         )
        )
        (then
         (br $__inlined_func$any_i64$1
          (i32.const 1)
         )
        )
        (else
         (local.set $0
          (i32.add
           (local.get $0)
           (i32.const 8)
          )
         )
         (br $label0)
        )
       )
      )
     )
    )
    (i32.const 0)
   )
  )
  ;;@
  (local.set $0
   (block $__inlined_func$all_i64$2 (result i32)
    (local.set $0
     (local.get $1)
    )
    (global.set $rt_loc
     (i32.const 45087)
    )
    (i32.store
     (local.tee $1
      (call $rt_alloc
       (i32.const 8)
      )
     )
     (i32.const 5)
    )
    (local.set $3
     (local.get $1)
    )
    (local.set $1
     (i32.add
      (i32.shl
       (i32.load
        (local.get $0)
       )
       (i32.const 3)
      )
      (local.tee $0
       (i32.add
        (local.get $0)
        (i32.const 8)
       )
      )
     )
    )
    (loop $label1
     (if
      (i32.lt_u
       (local.get $0)
       (local.get $1)
      )
      (then
       (if
        (call_indirect (type $0)
         (local.get $3)
         (i64.load
          (local.get $0)
         )
         (i32.load
          (local.get $3)
         )
        )
        (then
         (local.set $0
          (i32.add
           (local.get $0)
           (i32.const 8)
          )
         )
         (br $label1)
        )
        (else
         (br $__inlined_func$all_i64$2
          (i32.const 0)
         )
        )
       )
      )
     )
    )
    (i32.const 1)
   )
  )
  ;;@
  (global.set $rt_loc
   (i32.const 45059)
  )
  ;;@
  (call $rt_sb_bool
   (local.tee $1
    (call $rt_sb_new)
   )
   (local.get $2)
  )
  ;;@
  (call $rt_sb_byte
   (local.get $1)
   (i32.const 32)
  )
  ;;@
  (call $rt_sb_bool
   (local.get $1)
   (local.get $0)
  )
  ;;@
  (call $rt_sb_print
   (local.get $1)
  )
 )
 (func $lambda_0 (param $0 i32) (param $1 i64) (result i64)
  (i64.mul
   (i64.load offset=8
    (local.get $0)
   )
   (local.get $1)
  )
 )
 (func $lambda_1 (param $0 i32) (param $1 i64) (result i32)
  (local $2 i64)
  (i64.gt_s
   (local.get $1)
   (i64.sub
    (i64.div_s
     (local.tee $2
      (i64.load offset=8
       (local.get $0)
      )
     )
     (i64.const 3)
    )
    (i64.extend_i32_u
     (i64.lt_s
      (i64.rem_s
       (local.get $2)
       (i64.const 3)
      )
      (i64.const 0)
     )
    )
   )
  )
 )
 (func $lambda_2 (param $0 i32) (param $1 i64) (param $2 i64) (result i64)
  (i64.mul
   (local.get $1)
   (local.get $2)
  )
 )
 (func $lambda_3 (param $0 i32) (param $1 i64) (result i64)
  (local $2 i32)
  (local.set $2
   (i32.load offset=8
    (local.get $0)
   )
  )
  (global.set $rt_loc
   (i32.const 40991)
  )
  (i32.store
   (local.tee $0
    (call $rt_alloc
     (i32.const 16)
    )
   )
   (i32.const 6)
  )
  (i64.store offset=8
   (local.get $0)
   (local.get $1)
  )
  (global.set $rt_loc
   (i32.const 40981)
  )
  (i64.load32_u
   (call $filter_i64
    (local.get $2)
    (local.get $0)
   )
  )
 )
 (func $lambda_4 (param $0 i32) (param $1 i64) (result i32)
  (i64.gt_s
   (local.get $1)
   (i64.const 8)
  )
 )
 (func $lambda_5 (param $0 i32) (param $1 i64) (result i32)
  (i64.gt_s
   (local.get $1)
   (i64.const 0)
  )
 )
 (func $lambda_6 (param $0 i32) (param $1 i64) (result i32)
  (i64.gt_s
   (i64.load offset=8
    (local.get $0)
   )
   (local.get $1)
  )
 )
 (func $rt_alloc (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (if
   (i32.lt_u
    (local.tee $0
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
    (local.get $2)
   )
   (then
    (call $rt_fault_at
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
         (i32.shr_u
          (memory.size)
          (i32.const 2)
         )
        )
        (then
         (select
          (i32.shr_u
           (memory.size)
           (i32.const 2)
          )
          (local.get $1)
          (i32.ge_u
           (global.get $rt_max_pages)
           (i32.add
            (i32.shr_u
             (memory.size)
             (i32.const 2)
            )
            (memory.size)
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
 (func $rt_fault_at (param $0 i32)
  (global.set $rt_loc
   (local.get $0)
  )
  (call $env_fault
   (i32.const 5)
   (local.get $0)
  )
  (unreachable)
 )
 (func $rt_arr_alloc (param $0 i32) (result i32)
  (local $1 i32)
  (if
   (i32.gt_u
    (local.get $0)
    (i32.const 268435456)
   )
   (then
    (call $rt_fault_at
     (global.get $rt_loc)
    )
   )
  )
  (i32.store
   (local.tee $1
    (call $rt_alloc
     (i32.add
      (i32.shl
       (local.get $0)
       (i32.const 3)
      )
      (i32.const 8)
     )
    )
   )
   (local.get $0)
  )
  (i32.store offset=4
   (local.get $1)
   (i32.const 0)
  )
  (local.get $1)
 )
 (func $rt_sb_new (result i32)
  (local $0 i32)
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
  (i32.store offset=4
   (local.get $0)
   (i32.const 0)
  )
  (i32.store offset=8
   (local.get $0)
   (i32.const 64)
  )
  (local.get $0)
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
 (func $rt_sb_print (param $0 i32)
  (call $rt_sb_byte
   (local.get $0)
   (i32.const 10)
  )
  (call $env_write
   (i32.load
    (local.get $0)
   )
   (i32.load offset=4
    (local.get $0)
   )
  )
 )
 (func $filter_i64 (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local.set $5
   (call $rt_alloc
    (local.tee $4
     (i32.load
      (local.get $0)
     )
    )
   )
  )
  (loop $label
   (if
    (i32.eqz
     (i32.ge_u
      (local.get $2)
      (local.get $4)
     )
    )
    (then
     (i32.store8
      (i32.add
       (local.get $2)
       (local.get $5)
      )
      (local.tee $6
       (i32.ne
        (call_indirect (type $0)
         (local.get $1)
         (i64.load offset=8
          (i32.add
           (local.get $0)
           (i32.shl
            (local.get $2)
            (i32.const 3)
           )
          )
         )
         (i32.load
          (local.get $1)
         )
        )
        (i32.const 0)
       )
      )
     )
     (local.set $3
      (i32.add
       (local.get $3)
       (local.get $6)
      )
     )
     (local.set $2
      (i32.add
       (local.get $2)
       (i32.const 1)
      )
     )
     (br $label)
    )
   )
  )
  (local.set $1
   (i32.add
    (local.tee $3
     (call $rt_arr_alloc
      (local.get $3)
     )
    )
    (i32.const 8)
   )
  )
  (local.set $2
   (i32.const 0)
  )
  (loop $label1
   (if
    (i32.eqz
     (i32.ge_u
      (local.get $2)
      (local.get $4)
     )
    )
    (then
     (if
      (i32.load8_u
       (i32.add
        (local.get $2)
        (local.get $5)
       )
      )
      (then
       (i64.store
        (local.get $1)
        (i64.load offset=8
         (i32.add
          (local.get $0)
          (i32.shl
           (local.get $2)
           (i32.const 3)
          )
         )
        )
       )
       (local.set $1
        (i32.add
         (local.get $1)
         (i32.const 8)
        )
       )
      )
     )
     (local.set $2
      (i32.add
       (local.get $2)
       (i32.const 1)
      )
     )
     (br $label1)
    )
   )
  )
  (local.get $3)
 )
 (func $map_i64_i64 (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local.set $3
   (call $rt_arr_alloc
    (local.tee $4
     (i32.load
      (local.get $0)
     )
    )
   )
  )
  (loop $label
   (if
    (i32.eqz
     (i32.ge_u
      (local.get $2)
      (local.get $4)
     )
    )
    (then
     (i64.store offset=8
      (i32.add
       (local.get $3)
       (i32.shl
        (local.get $2)
        (i32.const 3)
       )
      )
      (call_indirect (type $2)
       (local.get $1)
       (i64.load offset=8
        (i32.add
         (local.get $0)
         (i32.shl
          (local.get $2)
          (i32.const 3)
         )
        )
       )
       (i32.load
        (local.get $1)
       )
      )
     )
     (local.set $2
      (i32.add
       (local.get $2)
       (i32.const 1)
      )
     )
     (br $label)
    )
   )
  )
  (local.get $3)
 )
 ;; custom section "ideo.sig", size 129, contents: "{\"scaled\":{\"params\":[\"[int]\",\"int\"],\"result\":\"[int]\",\"generic\":[\"['a]\",\"'a\"],\"fn\":\"scaled\"},\"main\":{\"params\":[],\"result\":\"unit\"}}"
)
