;; lcm: |a| / gcd(a, b) * |b| on unsigned magnitudes, wrapping at 64 bits; 0 when either is 0.
(module
  (import "blocks" "gcd" (func $gcd (param i64 i64) (result i64)))
  (func ${fn} (param $a i64) (param $b i64) (result i64)
    (local $t i64)
    (if (i32.or (i64.eqz (local.get $a)) (i64.eqz (local.get $b))) (then (return (i64.const 0))))
    (local.set $t (i64.shr_s (local.get $a) (i64.const 63)))
    (local.set $a (i64.sub (i64.xor (local.get $a) (local.get $t)) (local.get $t)))
    (local.set $t (i64.shr_s (local.get $b) (i64.const 63)))
    (local.set $b (i64.sub (i64.xor (local.get $b) (local.get $t)) (local.get $t)))
    (i64.mul (i64.div_u (local.get $a) (call $gcd (local.get $a) (local.get $b))) (local.get $b))))
