// Shared by the oracles of the key-based blocks (sortby, minby, maxby, group, countby, uniqueby).
// Not a block: the registry skips modules without a default export.

/** The key order of sortby/minby/maxby: ints and floats ascending, NaN greatest, 0.0 and -0.0 tied,
 *  strings by code point (their UTF-8 bytes), false before true. */
export function cmpKey(a: any, b: any): number {
  if (typeof a === "string") return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
  if (typeof a === "number" && (Number.isNaN(a) || Number.isNaN(b))) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups in order of first appearance, keys told apart by SameValueZero (a JS Map's rule: NaN equals
 *  NaN, 0 equals -0); each group keeps its first key as it was (so -0.0 stays -0.0). */
export function groupsOf(xs: any[], key: (x: any) => any): { key: any; items: any[] }[] {
  const byKey = new Map<any, { key: any; items: any[] }>();
  for (const x of xs) {
    const k = key(x);
    let g = byKey.get(k);
    if (!g) byKey.set(k, (g = { key: k, items: [] }));
    g.items.push(x);
  }
  return [...byKey.values()];
}


/** Arrays up to maxLength long: the harness's gen.array stays within fast-check's default "small"
 *  size (at most 10 elements), too short for merge passes and hash-table growth. Mixes gen.array's
 *  edge cases with long random arrays and long arrays drawn from a few values (many equal keys). */
export function longArray(gen: any, el: any, maxLength: number) {
  const fc = gen.fc;
  return fc.oneof(
    gen.array(el),
    fc.array(el, { maxLength, size: "max" }),
    fc.array(el, { minLength: 1, maxLength: 6 }).chain((pool: unknown[]) => fc.array(fc.constantFrom(...pool), { maxLength, size: "max" })),
  );
}

/** Arguments (xs of the instantiation's element lane, a placeholder for the lambda), xs up to maxLength long. */
export function argsOfLane(maxLength: number) {
  return (gen: any, inst: Record<string, string>) => gen.fc.tuple(longArray(gen, gen.lane(inst.T), maxLength), gen.fc.constant(null));
}
