(module
  (memory (export "memory") 1)
  (global (export "heap") (mut i32) (i32.const 72))
  ;; the names, then (offset, length) byte pairs from Sunday to Saturday, then Sakamoto's month offsets
  (data (i32.const 0) "SundayMondayTuesdayWednesdayThursdayFridaySaturday")
  (data (i32.const 50) "\00\06\06\06\0c\07\13\09\1c\08\24\06\2a\08")
  (data (i32.const 64) "\00\03\02\05\00\03\05\01\04\06\02\04")

  (func (export "dayname") (param $y i64) (param $m i64) (param $d i64) (result i32 i32)
    (local $w i32)
    (if (i64.lt_s (local.get $m) (i64.const 3)) (then (local.set $y (i64.sub (local.get $y) (i64.const 1)))))
    (local.set $w (i32.wrap_i64 (i64.rem_u
      (i64.add (i64.add (local.get $y) (i64.div_u (local.get $y) (i64.const 4)))
               (i64.add (i64.sub (i64.div_u (local.get $y) (i64.const 400)) (i64.div_u (local.get $y) (i64.const 100)))
                        (i64.add (i64.load8_u offset=63 (i32.wrap_i64 (local.get $m))) (local.get $d))))
      (i64.const 7))))
    (i32.load8_u offset=50 (i32.shl (local.get $w) (i32.const 1)))
    (i32.load8_u offset=51 (i32.shl (local.get $w) (i32.const 1)))))
