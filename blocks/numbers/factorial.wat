;; factorial: a table of 0! .. 20! (21! does not fit an int): faults with argument for n < 0, overflow for n > 20.
(module
  (import "link" "${fn}_data" (global ${fn}_data i32))
  (data (i32.const 0)
    "\01\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\06\00\00\00\00\00\00\00"
    "\18\00\00\00\00\00\00\00\78\00\00\00\00\00\00\00\d0\02\00\00\00\00\00\00\b0\13\00\00\00\00\00\00"
    "\80\9d\00\00\00\00\00\00\80\89\05\00\00\00\00\00\00\5f\37\00\00\00\00\00\00\15\61\02\00\00\00\00"
    "\00\fc\8c\1c\00\00\00\00\00\cc\28\73\01\00\00\00\00\28\3b\4c\14\00\00\00\00\58\77\77\30\01\00\00"
    "\00\80\75\77\07\13\00\00\00\80\cd\ee\7e\43\01\00\00\00\73\ca\ec\be\16\00\00\00\89\06\93\2b\b0\01"
    "\00\00\b4\82\7c\67\c3\21")
  (func ${fn} (param $n i64) (result i64)
    (if (i64.lt_s (local.get $n) (i64.const 0)) (then (call $rt_fault (i32.const 4)) (unreachable)))
    (if (i64.gt_s (local.get $n) (i64.const 20)) (then (call $rt_fault (i32.const 6)) (unreachable)))
    (i64.load (i32.add (global.get ${fn}_data) (i32.shl (i32.wrap_i64 (local.get $n)) (i32.const 3))))))
