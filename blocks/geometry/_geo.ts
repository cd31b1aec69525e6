// Shared by the geometry blocks' oracles and tests. Points are [x, y] number pairs.
export type Pt = [number, number];

/** The distance the geometry blocks use: inf when a component is infinite, else nan when one is
 *  nan, 0 when both are 0, else m·sqrt((|dx|/m)² + (|dy|/m)²) with m the larger magnitude. */
export function hypot(dx: number, dy: number): number {
  const a = Math.abs(dx), b = Math.abs(dy);
  if (a === Infinity || b === Infinity) return Infinity;
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  const m = a > b ? a : b;
  if (m === 0) return 0;
  const p = a / m, q = b / m;
  return Math.sqrt(p * p + q * q) * m;
}

/** z of (a − o) × (b − o). */
export const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Coordinates: small integers (exact arithmetic, many ties and collinear points), fractions, any
 *  finite value, and the specials (nan, ±inf, ±0, huge, tiny). */
export function coordArb(gen: any, finite = false) {
  const fc = gen.fc;
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -4, max: 4 }) },
    { weight: 2, arbitrary: fc.constantFrom(-0, 0.5, -0.25, 1e6, -1e6) },
    { weight: 2, arbitrary: gen.finite },
    { weight: finite ? 0 : 1, arbitrary: gen.float },
  );
}

export function pointArb(gen: any, finite = false) {
  const c = coordArb(gen, finite);
  return gen.fc.oneof(
    { weight: 8, arbitrary: gen.fc.tuple(c, c) },
    { weight: 1, arbitrary: gen.of({ kind: "tuple", items: [{ kind: "float" }, { kind: "float" }] }) },
  );
}

export const polyArb = (gen: any, finite = false) => gen.array(pointArb(gen, finite), 30);
