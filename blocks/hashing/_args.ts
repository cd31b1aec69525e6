// Shared test generators for the hashing blocks (not a block: no default export).

/** What a hash reads: a string's UTF-8 bytes, or a [byte] (which oracles see as numbers) as it is,
 *  so a string hashes as its `.bytes` do. */
export const bytesOf = (s: string | number[]): Buffer => (typeof s === "string" ? Buffer.from(s, "utf8") : Buffer.from(s));

/** Strings biased to the edges of hashing: empty, every length around block sizes, long and
 *  non-ASCII; for the [byte] overload (1), their bytes and bytes that are not UTF-8. */
export const hashArgs = (gen: any, _t?: unknown, overload = 0) => {
  const fc = gen.fc;
  const strs = fc.oneof(
    { weight: 3, arbitrary: gen.str },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 200 }), fc.constantFrom("x", "a", "\u00ff", "é")).map(([n, c]: [number, string]) => c.repeat(n)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
    { weight: 1, arbitrary: fc.tuple(gen.str, fc.integer({ min: 1, max: 3000 })).map(([s, n]: [string, number]) => s.repeat(n).slice(0, 30000)) },
  );
  if (overload === 0) return fc.tuple(strs);
  return fc.tuple(fc.oneof(
    { weight: 2, arbitrary: strs.map((s: string) => [...Buffer.from(s, "utf8")]) },
    { weight: 1, arbitrary: fc.array(gen.byte, { maxLength: 200 }) },
  ));
};
