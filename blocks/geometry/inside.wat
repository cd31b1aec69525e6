;; inside: even-odd crossing count over edges a -> b (each vertex to the next, the last to the first).
;; o = cross(a, b, p); p on an edge (o == 0 and inside the edge's bounding box) answers false at once;
;; an upward edge (ay <= py < by) with o > 0, or a downward one (by <= py < ay) with o < 0, crosses
;; the ray from p to +x.
(module
  (func ${fn} (param $p i32) (param $poly i32) (result i32)
    (local $n i32) (local $i i32) (local $a i32) (local $b i32) (local $odd i32) (local $o f64)
    (local $px f64) (local $py f64) (local $ax f64) (local $ay f64) (local $bx f64) (local $by f64)
    (local $ab i32) (local $bb i32)
    (local.set $n (i32.load (local.get $poly)))
    (if (i32.lt_u (local.get $n) (i32.const 3)) (then (return (i32.const 0))))
    (local.set $px (f64.load (local.get $p)))
    (local.set $py (f64.load offset=8 (local.get $p)))
    (local.set $b (i32.load offset=8 (local.get $poly)))
    (local.set $bx (f64.load (local.get $b)))
    (local.set $by (f64.load offset=8 (local.get $b)))
    (loop $next
      (local.set $ax (local.get $bx))
      (local.set $ay (local.get $by))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      ;; b is vertex i, wrapping to vertex 0 after the last
      (local.set $b (i32.load offset=8 (i32.add (local.get $poly)
        (i32.shl (select (i32.const 0) (local.get $i) (i32.eq (local.get $i) (local.get $n))) (i32.const 2)))))
      (local.set $bx (f64.load (local.get $b)))
      (local.set $by (f64.load offset=8 (local.get $b)))
      (local.set $o (f64.sub
        (f64.mul (f64.sub (local.get $bx) (local.get $ax)) (f64.sub (local.get $py) (local.get $ay)))
        (f64.mul (f64.sub (local.get $by) (local.get $ay)) (f64.sub (local.get $px) (local.get $ax)))))
      (if (f64.eq (local.get $o) (f64.const 0))
        (then
          (if (i32.and
                (i32.and (f64.le (f64.min (local.get $ax) (local.get $bx)) (local.get $px))
                         (f64.le (local.get $px) (f64.max (local.get $ax) (local.get $bx))))
                (i32.and (f64.le (f64.min (local.get $ay) (local.get $by)) (local.get $py))
                         (f64.le (local.get $py) (f64.max (local.get $ay) (local.get $by)))))
            (then (return (i32.const 0))))))
      (local.set $ab (f64.le (local.get $ay) (local.get $py)))
      (local.set $bb (f64.le (local.get $by) (local.get $py)))
      (local.set $odd (i32.xor (local.get $odd)
        (i32.or
          (i32.and (i32.and (local.get $ab) (i32.eqz (local.get $bb))) (f64.gt (local.get $o) (f64.const 0)))
          (i32.and (i32.and (i32.eqz (local.get $ab)) (local.get $bb)) (f64.lt (local.get $o) (f64.const 0))))))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $odd)))
