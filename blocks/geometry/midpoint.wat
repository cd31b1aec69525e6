;; midpoint: ((px + qx) / 2, (py + qy) / 2) in a new tuple.
(module
  (func ${fn} (param $p i32) (param $q i32) (result i32)
    (local $out i32)
    (local.set $out (call $rt_alloc (i32.const 16)))
    (f64.store (local.get $out) (f64.div (f64.add (f64.load (local.get $p)) (f64.load (local.get $q))) (f64.const 2)))
    (f64.store offset=8 (local.get $out)
      (f64.div (f64.add (f64.load offset=8 (local.get $p)) (f64.load offset=8 (local.get $q))) (f64.const 2)))
    (local.get $out)))
