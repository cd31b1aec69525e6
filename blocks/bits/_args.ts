// Shared test generators for the bits blocks (not a block: no default export).
/** A shift count or bit index: mostly inside 0..63, plus negatives, 64 and huge values. */
export const countArb = (gen: any) =>
  gen.fc.oneof({ weight: 4, arbitrary: gen.nat(63) }, { weight: 1, arbitrary: gen.fc.constantFrom(64n, 65n, 127n, 128n, -1n, -64n) }, { weight: 1, arbitrary: gen.int });
/** An int and a count. */
export const intCount = (gen: any) => gen.fc.tuple(gen.int, countArb(gen));
