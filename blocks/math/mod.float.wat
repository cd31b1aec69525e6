(module
  ;; mod over float: Python's %, the runtime's exact version (fmod, then moved into b's sign).
  (func ${fn} (param $a f64) (param $b f64) (result f64)
    (call $rt_floormod_f (local.get $a) (local.get $b))))
