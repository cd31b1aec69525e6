;; get with str keys: the runtime's lookup (kind 1, the key's pointer widened), else the default.
(module
  (func ${fn} (param $m i32) (param $k i32) (param $d {V.w}) (result {V.w})
    (local $e i32)
    (local.set $e (call $rt_map_find (local.get $m) (i32.const 1) (i64.extend_i32_u (local.get $k))))
    (if (result {V.w}) (i32.lt_s (local.get $e) (i32.const 0))
      (then (local.get $d))
      (else ({V.load} offset=8 (i32.add (i32.load offset=8 (local.get $m)) (i32.shl (local.get $e) (i32.const 4))))))))
