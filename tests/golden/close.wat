(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32)))
 (type $2 (func (param i32) (result i32)))
 (type $3 (func (result i32)))
 (type $4 (func (param i32 f64) (result i32)))
 (type $5 (func))
 (import "env" "fault" (func $env_fault (param i32 i32)))
 (import "env" "write" (func $env_write (param i32 i32)))
 (global $rt_hp (mut i32) (i32.const 16))
 (global $rt_max_pages (mut i32) (i32.const 65536))
 (global $rt_loc (mut i32) (i32.const 0))
 (memory $memory 2 65536)
 (export "close" (func $fn_close))
 (export "main" (func $fn_main))
 (export "rt_alloc" (func $rt_alloc))
 (export "rt_mark" (func $rt_mark))
 (export "rt_reset" (func $rt_reset))
 (export "rt_loc" (global $rt_loc))
 (export "rt_max_pages" (global $rt_max_pages))
 (export "memory" (memory $memory))
 (func $fn_close (param $0 i32) (param $1 f64) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f64)
  (local $8 i64)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i64)
  (local $23 f64)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (global.set $rt_loc
   (i32.const 8224)
  )
  (local.set $0
   (block $__inlined_func$sort_float (result i32)
    (drop
     (br_if $__inlined_func$sort_float
      (local.tee $20
       (call $rt_arr_alloc
        (local.tee $15
         (i32.load
          (local.get $0)
         )
        )
       )
      )
      (i32.eqz
       (local.get $15)
      )
     )
    )
    (local.set $25
     (global.get $rt_hp)
    )
    (local.set $3
     (call $rt_arr_alloc
      (local.get $15)
     )
    )
    (loop $label
     (if
      (i32.lt_u
       (local.get $2)
       (local.get $15)
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
        (select
         (i64.const 9223372036854775807)
         (select
          (i64.xor
           (i64.shr_u
            (i64.shr_s
             (local.tee $8
              (i64.reinterpret_f64
               (local.tee $7
                (f64.load offset=8
                 (i32.add
                  (local.get $0)
                  (i32.shl
                   (local.get $2)
                   (i32.const 3)
                  )
                 )
                )
               )
              )
             )
             (i64.const 63)
            )
            (i64.const 1)
           )
           (local.get $8)
          )
          (i64.const 0)
          (f64.ne
           (local.get $7)
           (f64.const 0)
          )
         )
         (f64.ne
          (local.get $7)
          (local.get $7)
         )
        )
       )
       (local.set $17
        (i32.add
         (local.get $17)
         (f64.lt
          (local.get $7)
          (f64.const 0)
         )
        )
       )
       (local.set $21
        (i32.add
         (local.get $21)
         (f64.ne
          (local.get $7)
          (local.get $7)
         )
        )
       )
       (local.set $24
        (i32.add
         (local.get $24)
         (f64.eq
          (local.get $7)
          (f64.const 0)
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
    (local.set $3
     (block $__inlined_func$sort_int$11 (result i32)
      (local.set $2
       (i32.const 0)
      )
      (local.set $18
       (call $rt_arr_alloc
        (local.tee $6
         (i32.load
          (local.get $3)
         )
        )
       )
      )
      (if
       (i32.le_u
        (local.get $6)
        (i32.const 8)
       )
       (then
        (memory.copy
         (i32.add
          (local.get $18)
          (i32.const 8)
         )
         (i32.add
          (local.get $3)
          (i32.const 8)
         )
         (i32.shl
          (local.get $6)
          (i32.const 3)
         )
        )
        (call $sort_int__net
         (i32.add
          (local.get $18)
          (i32.const 8)
         )
         (local.get $6)
        )
        (br $__inlined_func$sort_int$11
         (local.get $18)
        )
       )
      )
      (local.set $26
       (global.get $rt_hp)
      )
      (if
       (i32.gt_u
        (local.get $6)
        (i32.const 128)
       )
       (then
        (block $__inlined_func$sort_int__radix$7
         (local.set $10
          (i32.add
           (local.get $18)
           (i32.const 8)
          )
         )
         (local.set $13
          (call $rt_alloc
           (i32.shl
            (local.get $6)
            (i32.const 3)
           )
          )
         )
         (memory.fill
          (local.tee $9
           (call $rt_alloc
            (i32.const 8192)
           )
          )
          (i32.const 0)
          (i32.const 8192)
         )
         (local.set $19
          (i32.add
           (local.tee $2
            (local.tee $3
             (i32.add
              (local.get $3)
              (i32.const 8)
             )
            )
           )
           (i32.shl
            (local.get $6)
            (i32.const 3)
           )
          )
         )
         (loop $label0
          (if
           (i32.lt_u
            (local.get $2)
            (local.get $19)
           )
           (then
            (i32.store
             (local.tee $4
              (i32.add
               (local.get $9)
               (i32.shl
                (i32.and
                 (i32.wrap_i64
                  (local.tee $8
                   (i64.load
                    (local.get $2)
                   )
                  )
                 )
                 (i32.const 255)
                )
                (i32.const 2)
               )
              )
             )
             (i32.add
              (i32.load
               (local.get $4)
              )
              (i32.const 1)
             )
            )
            (i32.store offset=1024
             (local.tee $4
              (i32.add
               (local.get $9)
               (i32.shl
                (i32.and
                 (i32.wrap_i64
                  (i64.shr_u
                   (local.get $8)
                   (i64.const 8)
                  )
                 )
                 (i32.const 255)
                )
                (i32.const 2)
               )
              )
             )
             (i32.add
              (i32.load offset=1024
               (local.get $4)
              )
              (i32.const 1)
             )
            )
            (i32.store offset=2048
             (local.tee $4
              (i32.add
               (local.get $9)
               (i32.shl
                (i32.and
                 (i32.wrap_i64
                  (i64.shr_u
                   (local.get $8)
                   (i64.const 16)
                  )
                 )
                 (i32.const 255)
                )
                (i32.const 2)
               )
              )
             )
             (i32.add
              (i32.load offset=2048
               (local.get $4)
              )
              (i32.const 1)
             )
            )
            (i32.store offset=3072
             (local.tee $4
              (i32.add
               (local.get $9)
               (i32.shl
                (i32.and
                 (i32.wrap_i64
                  (i64.shr_u
                   (local.get $8)
                   (i64.const 24)
                  )
                 )
                 (i32.const 255)
                )
                (i32.const 2)
               )
              )
             )
             (i32.add
              (i32.load offset=3072
               (local.get $4)
              )
              (i32.const 1)
             )
            )
            (i32.store offset=4096
             (local.tee $4
              (i32.add
               (local.get $9)
               (i32.shl
                (i32.and
                 (i32.wrap_i64
                  (i64.shr_u
                   (local.get $8)
                   (i64.const 32)
                  )
                 )
                 (i32.const 255)
                )
                (i32.const 2)
               )
              )
             )
             (i32.add
              (i32.load offset=4096
               (local.get $4)
              )
              (i32.const 1)
             )
            )
            (i32.store offset=5120
             (local.tee $4
              (i32.add
               (local.get $9)
               (i32.shl
                (i32.and
                 (i32.wrap_i64
                  (i64.shr_u
                   (local.get $8)
                   (i64.const 40)
                  )
                 )
                 (i32.const 255)
                )
                (i32.const 2)
               )
              )
             )
             (i32.add
              (i32.load offset=5120
               (local.get $4)
              )
              (i32.const 1)
             )
            )
            (i32.store offset=6144
             (local.tee $4
              (i32.add
               (local.get $9)
               (i32.shl
                (i32.and
                 (i32.wrap_i64
                  (i64.shr_u
                   (local.get $8)
                   (i64.const 48)
                  )
                 )
                 (i32.const 255)
                )
                (i32.const 2)
               )
              )
             )
             (i32.add
              (i32.load offset=6144
               (local.get $4)
              )
              (i32.const 1)
             )
            )
            (i32.store offset=7168
             (local.tee $4
              (i32.add
               (local.get $9)
               (i32.shl
                (i32.xor
                 (i32.wrap_i64
                  (i64.shr_u
                   (local.get $8)
                   (i64.const 56)
                  )
                 )
                 (i32.const 128)
                )
                (i32.const 2)
               )
              )
             )
             (i32.add
              (i32.load offset=7168
               (local.get $4)
              )
              (i32.const 1)
             )
            )
            (local.set $2
             (i32.add
              (local.get $2)
              (i32.const 8)
             )
            )
            (br $label0)
           )
          )
         )
         (local.set $8
          (i64.load
           (local.get $3)
          )
         )
         (loop $label2
          (if
           (i32.lt_u
            (local.get $5)
            (i32.const 8)
           )
           (then
            (if
             (i32.eq
              (i32.load
               (i32.add
                (i32.add
                 (local.get $9)
                 (i32.shl
                  (local.get $5)
                  (i32.const 10)
                 )
                )
                (i32.shl
                 (select
                  (i32.xor
                   (local.tee $12
                    (i32.and
                     (i32.wrap_i64
                      (i64.shr_u
                       (local.get $8)
                       (i64.extend_i32_u
                        (i32.shl
                         (local.get $5)
                         (i32.const 3)
                        )
                       )
                      )
                     )
                     (i32.const 255)
                    )
                   )
                   (i32.const 128)
                  )
                  (local.get $12)
                  (i32.eq
                   (local.get $5)
                   (i32.const 7)
                  )
                 )
                 (i32.const 2)
                )
               )
              )
              (local.get $6)
             )
             (then
              (local.set $14
               (i32.or
                (local.get $14)
                (i32.shl
                 (i32.const 1)
                 (local.get $5)
                )
               )
              )
             )
             (else
              (local.set $11
               (i32.add
                (local.get $11)
                (i32.const 1)
               )
              )
              (local.set $19
               (i32.add
                (local.tee $4
                 (i32.add
                  (local.get $9)
                  (i32.shl
                   (local.get $5)
                   (i32.const 10)
                  )
                 )
                )
                (i32.const 1024)
               )
              )
              (local.set $2
               (i32.const 0)
              )
              (loop $label1
               (if
                (i32.lt_u
                 (local.get $4)
                 (local.get $19)
                )
                (then
                 (local.set $12
                  (i32.load
                   (local.get $4)
                  )
                 )
                 (i32.store
                  (local.get $4)
                  (local.get $2)
                 )
                 (local.set $2
                  (i32.add
                   (local.get $2)
                   (local.get $12)
                  )
                 )
                 (local.set $4
                  (i32.add
                   (local.get $4)
                   (i32.const 4)
                  )
                 )
                 (br $label1)
                )
               )
              )
             )
            )
            (local.set $5
             (i32.add
              (local.get $5)
              (i32.const 1)
             )
            )
            (br $label2)
           )
          )
         )
         (if
          (i32.eqz
           (local.get $11)
          )
          (then
           (memory.copy
            (local.get $10)
            (local.get $3)
            (i32.shl
             (local.get $6)
             (i32.const 3)
            )
           )
           (br $__inlined_func$sort_int__radix$7)
          )
         )
         (local.set $11
          (select
           (local.get $10)
           (local.get $13)
           (i32.and
            (local.get $11)
            (i32.const 1)
           )
          )
         )
         (local.set $5
          (i32.const 0)
         )
         (loop $label4
          (if
           (i32.lt_u
            (local.get $5)
            (i32.const 8)
           )
           (then
            (if
             (i32.eqz
              (i32.and
               (local.get $14)
               (i32.shl
                (i32.const 1)
                (local.get $5)
               )
              )
             )
             (then
              (local.set $22
               (i64.extend_i32_u
                (i32.shl
                 (local.get $5)
                 (i32.const 3)
                )
               )
              )
              (local.set $16
               (select
                (i32.const 128)
                (i32.const 0)
                (i32.eq
                 (local.get $5)
                 (i32.const 7)
                )
               )
              )
              (local.set $4
               (i32.add
                (local.get $9)
                (i32.shl
                 (local.get $5)
                 (i32.const 10)
                )
               )
              )
              (local.set $19
               (i32.add
                (local.tee $2
                 (local.get $3)
                )
                (i32.shl
                 (local.get $6)
                 (i32.const 3)
                )
               )
              )
              (loop $label3
               (if
                (i32.lt_u
                 (local.get $2)
                 (local.get $19)
                )
                (then
                 (local.set $3
                  (i32.load
                   (local.tee $12
                    (i32.add
                     (local.get $4)
                     (i32.shl
                      (i32.xor
                       (i32.and
                        (i32.wrap_i64
                         (i64.shr_u
                          (local.tee $8
                           (i64.load
                            (local.get $2)
                           )
                          )
                          (local.get $22)
                         )
                        )
                        (i32.const 255)
                       )
                       (local.get $16)
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                 )
                 (i32.store
                  (local.get $12)
                  (i32.add
                   (local.get $3)
                   (i32.const 1)
                  )
                 )
                 (i64.store
                  (i32.add
                   (local.get $11)
                   (i32.shl
                    (local.get $3)
                    (i32.const 3)
                   )
                  )
                  (local.get $8)
                 )
                 (local.set $2
                  (i32.add
                   (local.get $2)
                   (i32.const 8)
                  )
                 )
                 (br $label3)
                )
               )
              )
              (local.set $11
               (select
                (local.get $13)
                (local.get $10)
                (i32.eq
                 (local.tee $3
                  (local.get $11)
                 )
                 (local.get $10)
                )
               )
              )
             )
            )
            (local.set $5
             (i32.add
              (local.get $5)
              (i32.const 1)
             )
            )
            (br $label4)
           )
          )
         )
        )
       )
       (else
        (local.set $11
         (call $rt_alloc
          (i32.shl
           (local.get $6)
           (i32.const 3)
          )
         )
        )
        (memory.copy
         (local.tee $9
          (i32.add
           (local.get $18)
           (i32.const 8)
          )
         )
         (i32.add
          (local.get $3)
          (i32.const 8)
         )
         (i32.shl
          (local.get $6)
          (i32.const 3)
         )
        )
        (loop $label01
         (if
          (i32.lt_u
           (local.get $2)
           (local.get $6)
          )
          (then
           (call $sort_int__net
            (i32.add
             (local.get $9)
             (i32.shl
              (local.get $2)
              (i32.const 3)
             )
            )
            (select
             (i32.const 8)
             (i32.sub
              (local.get $6)
              (local.get $2)
             )
             (i32.le_u
              (i32.add
               (local.get $2)
               (i32.const 8)
              )
              (local.get $6)
             )
            )
           )
           (local.set $2
            (i32.add
             (local.get $2)
             (i32.const 8)
            )
           )
           (br $label01)
          )
         )
        )
        (local.set $3
         (local.get $9)
        )
        (local.set $12
         (i32.const 8)
        )
        (loop $label21
         (if
          (i32.gt_u
           (local.get $6)
           (local.get $12)
          )
          (then
           (local.set $4
            (i32.const 0)
           )
           (loop $label12
            (if
             (i32.lt_u
              (local.get $4)
              (local.get $6)
             )
             (then
              (if
               (i32.gt_u
                (local.tee $5
                 (i32.add
                  (local.get $4)
                  (local.get $12)
                 )
                )
                (local.get $6)
               )
               (then
                (local.set $5
                 (local.get $6)
                )
               )
              )
              (if
               (i32.gt_u
                (local.tee $2
                 (i32.add
                  (local.get $5)
                  (local.get $12)
                 )
                )
                (local.get $6)
               )
               (then
                (local.set $2
                 (local.get $6)
                )
               )
              )
              (local.set $10
               (i32.add
                (local.get $3)
                (i32.shl
                 (local.get $4)
                 (i32.const 3)
                )
               )
              )
              (local.set $13
               (i32.add
                (local.get $11)
                (i32.shl
                 (local.get $4)
                 (i32.const 3)
                )
               )
              )
              (local.set $16
               (local.tee $14
                (i32.add
                 (local.get $3)
                 (i32.shl
                  (local.get $5)
                  (i32.const 3)
                 )
                )
               )
              )
              (block $__inlined_func$sort_int__merge$14
               (if
                (if (result i32)
                 (i32.eq
                  (local.tee $4
                   (i32.add
                    (local.get $3)
                    (i32.shl
                     (local.get $2)
                     (i32.const 3)
                    )
                   )
                  )
                  (local.get $14)
                 )
                 (then
                  (i32.const 1)
                 )
                 (else
                  (i64.le_s
                   (i64.load
                    (i32.sub
                     (local.get $14)
                     (i32.const 8)
                    )
                   )
                   (i64.load
                    (local.get $14)
                   )
                  )
                 )
                )
                (then
                 (memory.copy
                  (local.get $13)
                  (local.get $10)
                  (i32.sub
                   (local.get $4)
                   (local.get $10)
                  )
                 )
                 (br $__inlined_func$sort_int__merge$14)
                )
               )
               (loop $label5
                (if
                 (i32.eqz
                  (i32.or
                   (i32.le_u
                    (local.get $4)
                    (local.get $16)
                   )
                   (i32.ge_u
                    (local.get $10)
                    (local.get $14)
                   )
                  )
                 )
                 (then
                  (local.set $5
                   (i64.gt_s
                    (local.tee $8
                     (i64.load
                      (local.get $10)
                     )
                    )
                    (local.tee $22
                     (i64.load
                      (local.get $16)
                     )
                    )
                   )
                  )
                  (i64.store
                   (local.get $13)
                   (select
                    (local.get $22)
                    (local.get $8)
                    (local.get $5)
                   )
                  )
                  (local.set $16
                   (i32.add
                    (local.get $16)
                    (i32.shl
                     (local.get $5)
                     (i32.const 3)
                    )
                   )
                  )
                  (local.set $10
                   (i32.add
                    (local.get $10)
                    (i32.shl
                     (i32.eqz
                      (local.get $5)
                     )
                     (i32.const 3)
                    )
                   )
                  )
                  (local.set $13
                   (i32.add
                    (local.get $13)
                    (i32.const 8)
                   )
                  )
                  (br $label5)
                 )
                )
               )
               (memory.copy
                (local.get $13)
                (local.get $10)
                (i32.sub
                 (local.get $14)
                 (local.get $10)
                )
               )
               (memory.copy
                (i32.add
                 (local.get $13)
                 (i32.sub
                  (local.get $14)
                  (local.get $10)
                 )
                )
                (local.get $16)
                (i32.sub
                 (local.get $4)
                 (local.get $16)
                )
               )
              )
              (local.set $4
               (local.get $2)
              )
              (br $label12)
             )
            )
           )
           (local.set $2
            (local.get $3)
           )
           (local.set $3
            (local.get $11)
           )
           (local.set $11
            (local.get $2)
           )
           (local.set $12
            (i32.shl
             (local.get $12)
             (i32.const 1)
            )
           )
           (br $label21)
          )
         )
        )
        (if
         (i32.ne
          (local.get $3)
          (local.get $9)
         )
         (then
          (memory.copy
           (local.get $9)
           (local.get $3)
           (i32.shl
            (local.get $6)
            (i32.const 3)
           )
          )
         )
        )
       )
      )
      (global.set $rt_hp
       (local.get $26)
      )
      (local.get $18)
     )
    )
    (local.set $2
     (i32.const 0)
    )
    (loop $label13
     (if
      (i32.lt_u
       (local.get $2)
       (local.get $15)
      )
      (then
       (i64.store offset=8
        (i32.add
         (local.get $20)
         (i32.shl
          (local.get $2)
          (i32.const 3)
         )
        )
        (i64.xor
         (i64.shr_u
          (i64.shr_s
           (local.tee $8
            (i64.load offset=8
             (i32.add
              (local.get $3)
              (i32.shl
               (local.get $2)
               (i32.const 3)
              )
             )
            )
           )
           (i64.const 63)
          )
          (i64.const 1)
         )
         (local.get $8)
        )
       )
       (local.set $2
        (i32.add
         (local.get $2)
         (i32.const 1)
        )
       )
       (br $label13)
      )
     )
    )
    (if
     (i32.or
      (local.get $21)
      (local.get $24)
     )
     (then
      (local.set $3
       (i32.sub
        (local.get $15)
        (local.get $21)
       )
      )
      (local.set $2
       (i32.const 0)
      )
      (loop $label24
       (if
        (i32.lt_u
         (local.get $2)
         (local.get $15)
        )
        (then
         (if
          (f64.eq
           (local.tee $7
            (f64.load offset=8
             (i32.add
              (local.get $0)
              (i32.shl
               (local.get $2)
               (i32.const 3)
              )
             )
            )
           )
           (f64.const 0)
          )
          (then
           (f64.store offset=8
            (i32.add
             (local.get $20)
             (i32.shl
              (local.get $17)
              (i32.const 3)
             )
            )
            (local.get $7)
           )
           (local.set $17
            (i32.add
             (local.get $17)
             (i32.const 1)
            )
           )
          )
         )
         (if
          (f64.ne
           (local.get $7)
           (local.get $7)
          )
          (then
           (f64.store offset=8
            (i32.add
             (local.get $20)
             (i32.shl
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.get $7)
           )
           (local.set $3
            (i32.add
             (local.get $3)
             (i32.const 1)
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
         (br $label24)
        )
       )
      )
     )
    )
    (global.set $rt_hp
     (local.get $25)
    )
    (local.get $20)
   )
  )
  (global.set $rt_loc
   (i32.const 8224)
  )
  (local.set $2
   (i32.add
    (local.tee $15
     (call $rt_arr_alloc
      (local.tee $3
       (select
        (i32.sub
         (local.tee $2
          (i32.load
           (local.get $0)
          )
         )
         (i32.const 1)
        )
        (i32.const 0)
        (local.get $2)
       )
      )
     )
    )
    (i32.const 8)
   )
  )
  (local.set $17
   (i32.add
    (local.tee $0
     (i32.add
      (local.get $0)
      (i32.const 8)
     )
    )
    (i32.shl
     (i32.and
      (local.get $3)
      (i32.const -2)
     )
     (i32.const 3)
    )
   )
  )
  (loop $label05
   (if
    (i32.lt_u
     (local.get $0)
     (local.get $17)
    )
    (then
     (v128.store
      (local.get $2)
      (f64x2.sub
       (v128.load offset=8
        (local.get $0)
       )
       (v128.load
        (local.get $0)
       )
      )
     )
     (local.set $0
      (i32.add
       (local.get $0)
       (i32.const 16)
      )
     )
     (local.set $2
      (i32.add
       (local.get $2)
       (i32.const 16)
      )
     )
     (br $label05)
    )
   )
  )
  (if
   (i32.and
    (local.get $3)
    (i32.const 1)
   )
   (then
    (f64.store
     (local.get $2)
     (f64.sub
      (f64.load offset=8
       (local.get $0)
      )
      (f64.load
       (local.get $0)
      )
     )
    )
   )
  )
  (global.set $rt_loc
   (i32.const 8224)
  )
  (local.set $2
   (i32.const 0)
  )
  (if
   (i32.eqz
    (local.tee $11
     (i32.load
      (local.tee $0
       (local.get $15)
      )
     )
    )
   )
   (then
    (call $rt_fault
     (i32.const 3)
    )
    (unreachable)
   )
  )
  (local.set $7
   (f64.load offset=8
    (local.get $0)
   )
  )
  (local.set $3
   (i32.const 1)
  )
  (loop $label6
   (if
    (i32.lt_u
     (local.get $3)
     (local.get $11)
    )
    (then
     (if
      (i32.or
       (i32.and
        (f64.eq
         (local.tee $23
          (f64.load offset=8
           (i32.add
            (local.get $0)
            (i32.shl
             (local.get $3)
             (i32.const 3)
            )
           )
          )
         )
         (local.get $23)
        )
        (f64.ne
         (local.get $7)
         (local.get $7)
        )
       )
       (f64.gt
        (local.get $7)
        (local.get $23)
       )
      )
      (then
       (local.set $7
        (local.get $23)
       )
       (local.set $2
        (local.get $3)
       )
      )
     )
     (local.set $3
      (i32.add
       (local.get $3)
       (i32.const 1)
      )
     )
     (br $label6)
    )
   )
  )
  (f64.gt
   (local.get $1)
   (f64.load offset=8
    (i32.add
     (local.get $0)
     (i32.shl
      (local.get $2)
      (i32.const 3)
     )
    )
   )
  )
 )
 (func $fn_main
  (local $0 i32)
  (local $1 i32)
  (global.set $rt_loc
   (i32.const 20495)
  )
  (f64.store offset=8
   (local.tee $0
    (call $rt_arr_alloc
     (i32.const 3)
    )
   )
   (f64.const 1)
  )
  (f64.store offset=16
   (local.get $0)
   (f64.const 2.8)
  )
  (f64.store offset=24
   (local.get $0)
   (f64.const 3)
  )
  (local.set $0
   ;;@ <input>:5:9
   (call $fn_close
    ;;@
    (local.get $0)
    ;;@
    (f64.const 0.3)
   )
  )
  ;;@
  (global.set $rt_loc
   (i32.const 20483)
  )
  ;;@
  (call $rt_sb_bool
   (local.tee $1
    (call $rt_sb_new)
   )
   (local.get $0)
  )
  ;;@
  (call $rt_sb_print
   (local.get $1)
  )
  ;;@
  (global.set $rt_loc
   (i32.const 24591)
  )
  ;;@
  (f64.store offset=8
   (local.tee $0
    (call $rt_arr_alloc
     (i32.const 3)
    )
   )
   (f64.const 1)
  )
  ;;@
  (f64.store offset=16
   (local.get $0)
   (f64.const 2)
  )
  ;;@
  (f64.store offset=24
   (local.get $0)
   (f64.const 3)
  )
  ;;@
  (local.set $0
   ;;@ <input>:6:9
   (call $fn_close
    ;;@
    (local.get $0)
    ;;@
    (f64.const 0.5)
   )
  )
  ;;@
  (global.set $rt_loc
   (i32.const 24579)
  )
  ;;@
  (call $rt_sb_bool
   (local.tee $1
    (call $rt_sb_new)
   )
   (local.get $0)
  )
  ;;@
  (call $rt_sb_print
   (local.get $1)
  )
 )
 (func $rt_alloc (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
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
    (call $rt_fault
     (i32.const 5)
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
      (call $rt_fault
       (i32.const 5)
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
        (call $rt_fault
         (i32.const 5)
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
 (func $rt_fault (param $0 i32)
  (local $1 i32)
  (global.set $rt_loc
   (local.tee $1
    (global.get $rt_loc)
   )
  )
  (call $env_fault
   (local.get $0)
   (local.get $1)
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
    (call $rt_fault
     (i32.const 5)
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
 (func $rt_sb_byte (param $0 i32) (param $1 i32)
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
     (i32.const 1)
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
       (local.get $3)
       (i32.const 1)
      )
     )
     (then
      (local.set $2
       (i32.add
        (local.get $3)
        (i32.const 1)
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
    (local.get $3)
    (i32.const 1)
   )
  )
  (i32.store8
   (i32.add
    (i32.load
     (local.get $0)
    )
    (local.get $3)
   )
   (local.get $1)
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
 (func $sort_int__net (param $0 i32) (param $1 i32)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (if
   (i32.eq
    (local.get $1)
    (i32.const 8)
   )
   (then
    (local.set $2
     (local.tee $7
      (i64.load
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $3
       (i64.load offset=16
        (local.get $0)
       )
      )
      (local.get $7)
     )
    )
    (local.set $7
     (select
      (local.get $3)
      (local.get $7)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $4
      (i64.load offset=8
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $6
       (i64.load offset=24
        (local.get $0)
       )
      )
      (local.get $4)
     )
    )
    (local.set $4
     (select
      (local.get $6)
      (local.get $4)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $5
      (i64.load offset=32
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $9
       (i64.load offset=48
        (local.get $0)
       )
      )
      (local.get $5)
     )
    )
    (local.set $5
     (select
      (local.get $9)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $9
     (select
      (local.get $2)
      (local.get $9)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $8
      (i64.load offset=40
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $10
       (i64.load offset=56
        (local.get $0)
       )
      )
      (local.get $8)
     )
    )
    (local.set $8
     (select
      (local.get $10)
      (local.get $8)
      (local.get $1)
     )
    )
    (local.set $10
     (select
      (local.get $2)
      (local.get $10)
      (local.get $1)
     )
    )
    (local.set $7
     (select
      (local.get $5)
      (local.tee $2
       (local.get $7)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $4
     (select
      (local.get $8)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $8)
       )
      )
     )
    )
    (local.set $8
     (select
      (local.get $2)
      (local.get $8)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $9)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $9)
       )
      )
     )
    )
    (local.set $9
     (select
      (local.get $2)
      (local.get $9)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $10)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $10)
       )
      )
     )
    )
    (local.set $10
     (select
      (local.get $2)
      (local.get $10)
      (local.get $1)
     )
    )
    (local.set $7
     (select
      (local.get $4)
      (local.tee $2
       (local.get $7)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $4)
       )
      )
     )
    )
    (local.set $4
     (select
      (local.get $2)
      (local.get $4)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $6)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $6)
       )
      )
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $5
     (select
      (local.get $8)
      (local.tee $2
       (local.get $5)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $8)
       )
      )
     )
    )
    (local.set $8
     (select
      (local.get $2)
      (local.get $8)
      (local.get $1)
     )
    )
    (local.set $9
     (select
      (local.get $10)
      (local.tee $2
       (local.get $9)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $10)
       )
      )
     )
    )
    (local.set $10
     (select
      (local.get $2)
      (local.get $10)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $5)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $8)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $8)
       )
      )
     )
    )
    (local.set $8
     (select
      (local.get $2)
      (local.get $8)
      (local.get $1)
     )
    )
    (local.set $4
     (select
      (local.get $5)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $9)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $9)
       )
      )
     )
    )
    (local.set $9
     (select
      (local.get $2)
      (local.get $9)
      (local.get $1)
     )
    )
    (i64.store
     (local.get $0)
     (local.get $7)
    )
    (i64.store offset=8
     (local.get $0)
     (select
      (local.get $3)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $3)
       )
      )
     )
    )
    (i64.store offset=16
     (local.get $0)
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (i64.store offset=24
     (local.get $0)
     (select
      (local.get $5)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (i64.store offset=32
     (local.get $0)
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (i64.store offset=40
     (local.get $0)
     (select
      (local.get $9)
      (local.tee $2
       (local.get $8)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $9)
       )
      )
     )
    )
    (i64.store offset=48
     (local.get $0)
     (select
      (local.get $2)
      (local.get $9)
      (local.get $1)
     )
    )
    (i64.store offset=56
     (local.get $0)
     (local.get $10)
    )
    (return)
   )
  )
  (if
   (i32.eq
    (local.get $1)
    (i32.const 7)
   )
   (then
    (local.set $2
     (local.tee $7
      (i64.load
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $9
       (i64.load offset=48
        (local.get $0)
       )
      )
      (local.get $7)
     )
    )
    (local.set $7
     (select
      (local.get $9)
      (local.get $7)
      (local.get $1)
     )
    )
    (local.set $9
     (select
      (local.get $2)
      (local.get $9)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $3
      (i64.load offset=16
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $6
       (i64.load offset=24
        (local.get $0)
       )
      )
      (local.get $3)
     )
    )
    (local.set $3
     (select
      (local.get $6)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $5
      (i64.load offset=32
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $8
       (i64.load offset=40
        (local.get $0)
       )
      )
      (local.get $5)
     )
    )
    (local.set $5
     (select
      (local.get $8)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $8
     (select
      (local.get $2)
      (local.get $8)
      (local.get $1)
     )
    )
    (local.set $7
     (select
      (local.get $3)
      (local.tee $2
       (local.get $7)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $3)
       )
      )
     )
    )
    (local.set $3
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $4
      (i64.load offset=8
       (local.get $0)
      )
     )
    )
    (local.set $4
     (select
      (local.get $5)
      (local.get $4)
      (local.tee $1
       (i64.gt_s
        (local.get $4)
        (local.get $5)
       )
      )
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $9)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $9)
       )
      )
     )
    )
    (local.set $9
     (select
      (local.get $2)
      (local.get $9)
      (local.get $1)
     )
    )
    (local.set $7
     (select
      (local.get $4)
      (local.tee $2
       (local.get $7)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $4)
       )
      )
     )
    )
    (local.set $4
     (select
      (local.get $2)
      (local.get $4)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $8)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $8)
       )
      )
     )
    )
    (local.set $8
     (select
      (local.get $2)
      (local.get $8)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $5)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $4
     (select
      (local.get $3)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $3)
       )
      )
     )
    )
    (local.set $3
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $5
     (select
      (local.get $9)
      (local.tee $2
       (local.get $5)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $9)
       )
      )
     )
    )
    (local.set $9
     (select
      (local.get $2)
      (local.get $9)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $6)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $6)
       )
      )
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $5
     (select
      (local.get $8)
      (local.tee $2
       (local.get $5)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $8)
       )
      )
     )
    )
    (local.set $8
     (select
      (local.get $2)
      (local.get $8)
      (local.get $1)
     )
    )
    (i64.store
     (local.get $0)
     (local.get $7)
    )
    (i64.store offset=8
     (local.get $0)
     (select
      (local.get $3)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $3)
       )
      )
     )
    )
    (i64.store offset=16
     (local.get $0)
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (i64.store offset=24
     (local.get $0)
     (select
      (local.get $5)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (i64.store offset=32
     (local.get $0)
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (i64.store offset=40
     (local.get $0)
     (select
      (local.get $9)
      (local.tee $2
       (local.get $8)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $9)
       )
      )
     )
    )
    (i64.store offset=48
     (local.get $0)
     (select
      (local.get $2)
      (local.get $9)
      (local.get $1)
     )
    )
    (return)
   )
  )
  (if
   (i32.eq
    (local.get $1)
    (i32.const 6)
   )
   (then
    (local.set $2
     (local.tee $7
      (i64.load
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $8
       (i64.load offset=40
        (local.get $0)
       )
      )
      (local.get $7)
     )
    )
    (local.set $7
     (select
      (local.get $8)
      (local.get $7)
      (local.get $1)
     )
    )
    (local.set $8
     (select
      (local.get $2)
      (local.get $8)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $4
      (i64.load offset=8
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $6
       (i64.load offset=24
        (local.get $0)
       )
      )
      (local.get $4)
     )
    )
    (local.set $4
     (select
      (local.get $6)
      (local.get $4)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $3
      (i64.load offset=16
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $5
       (i64.load offset=32
        (local.get $0)
       )
      )
      (local.get $3)
     )
    )
    (local.set $3
     (select
      (local.get $5)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $4
     (select
      (local.get $3)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $3)
       )
      )
     )
    )
    (local.set $3
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $5)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $7
     (select
      (local.get $6)
      (local.tee $2
       (local.get $7)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $6)
       )
      )
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $8)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $8)
       )
      )
     )
    )
    (local.set $8
     (select
      (local.get $2)
      (local.get $8)
      (local.get $1)
     )
    )
    (local.set $7
     (select
      (local.get $4)
      (local.tee $2
       (local.get $7)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $4)
       )
      )
     )
    )
    (local.set $4
     (select
      (local.get $2)
      (local.get $4)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $6)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $6)
       )
      )
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $5
     (select
      (local.get $8)
      (local.tee $2
       (local.get $5)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $8)
       )
      )
     )
    )
    (local.set $8
     (select
      (local.get $2)
      (local.get $8)
      (local.get $1)
     )
    )
    (i64.store
     (local.get $0)
     (local.get $7)
    )
    (i64.store offset=8
     (local.get $0)
     (select
      (local.get $3)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $3)
       )
      )
     )
    )
    (i64.store offset=16
     (local.get $0)
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (i64.store offset=24
     (local.get $0)
     (select
      (local.get $5)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (i64.store offset=32
     (local.get $0)
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (i64.store offset=40
     (local.get $0)
     (local.get $8)
    )
    (return)
   )
  )
  (if
   (i32.eq
    (local.get $1)
    (i32.const 5)
   )
   (then
    (local.set $2
     (local.tee $7
      (i64.load
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $6
       (i64.load offset=24
        (local.get $0)
       )
      )
      (local.get $7)
     )
    )
    (local.set $7
     (select
      (local.get $6)
      (local.get $7)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $4
      (i64.load offset=8
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $5
       (i64.load offset=32
        (local.get $0)
       )
      )
      (local.get $4)
     )
    )
    (local.set $4
     (select
      (local.get $5)
      (local.get $4)
      (local.get $1)
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $1
     (i64.gt_s
      (local.tee $2
       (local.get $7)
      )
      (local.tee $3
       (i64.load offset=16
        (local.get $0)
       )
      )
     )
    )
    (local.set $7
     (select
      (local.get $3)
      (local.get $2)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $4
     (select
      (local.get $6)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $6)
       )
      )
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $7
     (select
      (local.get $4)
      (local.tee $2
       (local.get $7)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $4)
       )
      )
     )
    )
    (local.set $4
     (select
      (local.get $2)
      (local.get $4)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $5)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (local.set $4
     (select
      (local.get $3)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $3)
       )
      )
     )
    )
    (local.set $3
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $5)
      (local.tee $2
       (local.get $6)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $5)
       )
      )
     )
    )
    (local.set $5
     (select
      (local.get $2)
      (local.get $5)
      (local.get $1)
     )
    )
    (i64.store
     (local.get $0)
     (local.get $7)
    )
    (i64.store offset=8
     (local.get $0)
     (local.get $4)
    )
    (i64.store offset=16
     (local.get $0)
     (select
      (local.get $6)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $6)
       )
      )
     )
    )
    (i64.store offset=24
     (local.get $0)
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (i64.store offset=32
     (local.get $0)
     (local.get $5)
    )
    (return)
   )
  )
  (if
   (i32.eq
    (local.get $1)
    (i32.const 4)
   )
   (then
    (local.set $2
     (local.tee $7
      (i64.load
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $3
       (i64.load offset=16
        (local.get $0)
       )
      )
      (local.get $7)
     )
    )
    (local.set $7
     (select
      (local.get $3)
      (local.get $7)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $4
      (i64.load offset=8
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $6
       (i64.load offset=24
        (local.get $0)
       )
      )
      (local.get $4)
     )
    )
    (local.set $4
     (select
      (local.get $6)
      (local.get $4)
      (local.get $1)
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (local.set $7
     (select
      (local.get $4)
      (local.tee $2
       (local.get $7)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $4)
       )
      )
     )
    )
    (local.set $4
     (select
      (local.get $2)
      (local.get $4)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $6)
      (local.tee $2
       (local.get $3)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $6)
       )
      )
     )
    )
    (local.set $6
     (select
      (local.get $2)
      (local.get $6)
      (local.get $1)
     )
    )
    (i64.store
     (local.get $0)
     (local.get $7)
    )
    (i64.store offset=8
     (local.get $0)
     (select
      (local.get $3)
      (local.tee $2
       (local.get $4)
      )
      (local.tee $1
       (i64.gt_s
        (local.get $2)
        (local.get $3)
       )
      )
     )
    )
    (i64.store offset=16
     (local.get $0)
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (i64.store offset=24
     (local.get $0)
     (local.get $6)
    )
    (return)
   )
  )
  (if
   (i32.eq
    (local.get $1)
    (i32.const 3)
   )
   (then
    (local.set $2
     (local.tee $7
      (i64.load
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $3
       (i64.load offset=16
        (local.get $0)
       )
      )
      (local.get $7)
     )
    )
    (local.set $7
     (select
      (local.get $3)
      (local.get $7)
      (local.get $1)
     )
    )
    (local.set $3
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (local.set $1
     (i64.gt_s
      (local.tee $2
       (local.get $7)
      )
      (local.tee $4
       (i64.load offset=8
        (local.get $0)
       )
      )
     )
    )
    (local.set $7
     (select
      (local.get $4)
      (local.get $2)
      (local.get $1)
     )
    )
    (local.set $2
     (local.tee $4
      (select
       (local.get $2)
       (local.get $4)
       (local.get $1)
      )
     )
    )
    (i64.store
     (local.get $0)
     (local.get $7)
    )
    (i64.store offset=8
     (local.get $0)
     (select
      (local.get $3)
      (local.get $4)
      (local.tee $1
       (i64.lt_s
        (local.get $3)
        (local.get $4)
       )
      )
     )
    )
    (i64.store offset=16
     (local.get $0)
     (select
      (local.get $2)
      (local.get $3)
      (local.get $1)
     )
    )
    (return)
   )
  )
  (if
   (i32.eq
    (local.get $1)
    (i32.const 2)
   )
   (then
    (local.set $2
     (local.tee $7
      (i64.load
       (local.get $0)
      )
     )
    )
    (local.set $1
     (i64.lt_s
      (local.tee $4
       (i64.load offset=8
        (local.get $0)
       )
      )
      (local.get $7)
     )
    )
    (i64.store
     (local.get $0)
     (select
      (local.get $4)
      (local.get $7)
      (local.get $1)
     )
    )
    (i64.store offset=8
     (local.get $0)
     (select
      (local.get $2)
      (local.get $4)
      (local.get $1)
     )
    )
   )
  )
 )
 ;; custom section "ideo.sig", size 93, contents: "{\"close\":{\"params\":[\"[float]\",\"float\"],\"result\":\"bool\"},\"main\":{\"params\":[],\"result\":\"unit\"}}"
)
