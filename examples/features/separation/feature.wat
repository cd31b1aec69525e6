(module
  (memory (export "memory") 1)
  (global $heap (export "heap") (mut i32) (i32.const 0))

  (func $alloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (global.get $heap) (i32.shl (memory.size) (i32.const 16)))
      (then (drop (memory.grow (i32.shr_u (i32.add (i32.sub (global.get $heap) (i32.shl (memory.size) (i32.const 16))) (i32.const 65535)) (i32.const 16))))))
    (local.get $p))

  (func $equal (param $a i32) (param $alen i32) (param $b i32) (param $blen i32) (result i32)
    (if (i32.ne (local.get $alen) (local.get $blen)) (then (return (i32.const 0))))
    (block $differ
      (loop $next
        (if (i32.eqz (local.get $alen)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (local.set $alen (i32.sub (local.get $alen) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  ;; the index of the name among n (ptr, len) records, or -1
  (func $find (param $names i32) (param $n i32) (param $s i32) (param $len i32) (result i32)
    (local $i i32) (local $rec i32)
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $rec (i32.add (local.get $names) (i32.shl (local.get $i) (i32.const 3))))
        (if (call $equal (i32.load (local.get $rec)) (i32.load offset=4 (local.get $rec)) (local.get $s) (local.get $len))
          (then (return (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const -1))

  ;; friends: m records of (a ptr, a len, b ptr, b len)
  (func (export "separation") (param $friends i32) (param $m i32) (param $a i32) (param $alen i32) (param $b i32) (param $blen i32) (result i64)
    (local $names i32) (local $n i32) (local $edges i32) (local $i i32) (local $name i32) (local $index i32)
    (local $from i32) (local $to i32) (local $dist i32) (local $queue i32) (local $head i32) (local $tail i32)
    (local $x i32) (local $edge i32) (local $y i32)
    ;; each endpoint of each friendship: its index among the distinct names, as pairs of i32
    (local.set $names (call $alloc (i32.shl (local.get $m) (i32.const 4))))
    (local.set $edges (call $alloc (i32.shl (local.get $m) (i32.const 3))))
    (block $named
      (loop $endpoint
        (br_if $named (i32.ge_u (local.get $i) (i32.shl (local.get $m) (i32.const 1))))
        (local.set $name (i32.add (local.get $friends) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $index (call $find (local.get $names) (local.get $n) (i32.load (local.get $name)) (i32.load offset=4 (local.get $name))))
        (if (i32.lt_s (local.get $index) (i32.const 0))
          (then
            (i64.store (i32.add (local.get $names) (i32.shl (local.get $n) (i32.const 3))) (i64.load (local.get $name)))
            (local.set $index (local.get $n))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (i32.store (i32.add (local.get $edges) (i32.shl (local.get $i) (i32.const 2))) (local.get $index))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $endpoint)))
    (local.set $from (call $find (local.get $names) (local.get $n) (local.get $a) (local.get $alen)))
    (local.set $to (call $find (local.get $names) (local.get $n) (local.get $b) (local.get $blen)))
    (if (i32.or (i32.lt_s (local.get $from) (i32.const 0)) (i32.lt_s (local.get $to) (i32.const 0)))
      (then (return (i64.const -1))))
    ;; breadth-first search from a; every distance starts at -1
    (local.set $dist (call $alloc (i32.shl (local.get $n) (i32.const 2))))
    (memory.fill (local.get $dist) (i32.const 255) (i32.shl (local.get $n) (i32.const 2)))
    (local.set $queue (call $alloc (i32.shl (local.get $n) (i32.const 2))))
    (i32.store (i32.add (local.get $dist) (i32.shl (local.get $from) (i32.const 2))) (i32.const 0))
    (i32.store (local.get $queue) (local.get $from))
    (local.set $tail (i32.const 1))
    (block $searched
      (loop $visit
        (br_if $searched (i32.ge_u (local.get $head) (local.get $tail)))
        (local.set $x (i32.load (i32.add (local.get $queue) (i32.shl (local.get $head) (i32.const 2)))))
        (local.set $head (i32.add (local.get $head) (i32.const 1)))
        ;; every endpoint equal to x: its partner (the other i32 of the pair) is a neighbour
        (local.set $i (i32.const 0))
        (block $scanned
          (loop $scan
            (br_if $scanned (i32.ge_u (local.get $i) (i32.shl (local.get $m) (i32.const 1))))
            (local.set $edge (i32.add (local.get $edges) (i32.shl (local.get $i) (i32.const 2))))
            (if (i32.eq (i32.load (local.get $edge)) (local.get $x))
              (then
                (local.set $y (i32.load (i32.add (local.get $edges) (i32.shl (i32.xor (local.get $i) (i32.const 1)) (i32.const 2)))))
                (if (i32.lt_s (i32.load (i32.add (local.get $dist) (i32.shl (local.get $y) (i32.const 2)))) (i32.const 0))
                  (then
                    (i32.store (i32.add (local.get $dist) (i32.shl (local.get $y) (i32.const 2)))
                      (i32.add (i32.load (i32.add (local.get $dist) (i32.shl (local.get $x) (i32.const 2)))) (i32.const 1)))
                    (i32.store (i32.add (local.get $queue) (i32.shl (local.get $tail) (i32.const 2))) (local.get $y))
                    (local.set $tail (i32.add (local.get $tail) (i32.const 1)))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $scan)))
        (br $visit)))
    (i64.extend_i32_s (i32.load (i32.add (local.get $dist) (i32.shl (local.get $to) (i32.const 2)))))))
