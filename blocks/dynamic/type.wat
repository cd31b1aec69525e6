;; type: the kind's name, from a table of seven 16-byte strings ([length][0][bytes]) by tag (null is 0).
(module
  (import "link" "{fn}_data" (global ${fn}_data i32))
  (import "rt" "rt_any_tag" (func $rt_any_tag (param i32) (result i32)))
  (data (i32.const 0)
    "\04\00\00\00\00\00\00\00null\00\00\00\00"
    "\04\00\00\00\00\00\00\00bool\00\00\00\00"
    "\03\00\00\00\00\00\00\00int\00\00\00\00\00"
    "\05\00\00\00\00\00\00\00float\00\00\00"
    "\03\00\00\00\00\00\00\00str\00\00\00\00\00"
    "\04\00\00\00\00\00\00\00list\00\00\00\00"
    "\04\00\00\00\00\00\00\00dict\00\00\00\00")
  (func ${fn} (param $x i32) (result i32)
    (i32.add (global.get ${fn}_data) (i32.shl (call $rt_any_tag (local.get $x)) (i32.const 4)))))
