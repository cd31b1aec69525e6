;; str of a string is the string itself, as Python's str(s): so code that turns any value into text
;; (`xs.map(_.str)`) works on strings too.
(module
  (func ${fn} (param $s i32) (result i32)
    (local.get $s)))
