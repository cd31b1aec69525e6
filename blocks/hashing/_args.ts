// Shared test generators for the hashing blocks (not a block: no default export).
/** Strings biased to the edges of hashing: empty, every length around block sizes, long and non-ASCII. */
export const hashArgs = (gen: any) => {
  const fc = gen.fc;
  return fc.tuple(
    fc.oneof(
      { weight: 3, arbitrary: gen.str },
      { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 200 }), fc.constantFrom("x", "a", "\u00ff", "é")).map(([n, c]: [number, string]) => c.repeat(n)) },
      { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
      { weight: 1, arbitrary: fc.tuple(gen.str, fc.integer({ min: 1, max: 3000 })).map(([s, n]: [string, number]) => s.repeat(n).slice(0, 30000)) },
    ),
  );
};
