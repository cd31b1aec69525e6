;; manhattan: |qx - px| + |qy - py|.
(module
  (func ${fn} (param $p i32) (param $q i32) (result f64)
    (f64.add
      (f64.abs (f64.sub (f64.load (local.get $q)) (f64.load (local.get $p))))
      (f64.abs (f64.sub (f64.load offset=8 (local.get $q)) (f64.load offset=8 (local.get $p)))))))
