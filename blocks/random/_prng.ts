// The generators the random blocks share, in plain TypeScript for their oracles.
// xorshift64*: state = seed (0 becomes 0x9E3779B97F4A7C15); per draw x ^= x >> 12; x ^= x << 25;
// x ^= x >> 27; output x * 0x2545F4914F6CDD1D (mod 2^64). Bounded draws reject outputs below
// 2^64 mod range and take output mod range (unbiased).
import { Fault } from "../block.js";

const M64 = (1n << 64n) - 1n;
export const GOLDEN = 0x9e3779b97f4a7c15n;
const MUL = 0x2545f4914f6cdd1dn;

/** A xorshift64* stream: next() gives the unsigned 64-bit output. */
export function xorshift64star(seed: bigint): { next: () => bigint; below: (range: bigint) => bigint } {
  let x = BigInt.asUintN(64, seed);
  if (x === 0n) x = GOLDEN;
  const next = () => {
    x ^= x >> 12n;
    x ^= (x << 25n) & M64;
    x ^= x >> 27n;
    return (x * MUL) & M64;
  };
  /** Unbiased draw in [0, range) for 0 < range < 2^64; range 0 means 2^64 (the raw output). */
  const below = (range: bigint) => {
    if (range === 0n) return next();
    const threshold = ((1n << 64n) - range) % range;
    for (;;) {
      const r = next();
      if (r >= threshold) return r % range;
    }
  };
  return { next, below };
}

/** The length argument of a generator: fault argument when negative, memory when huge. */
export function count(n: bigint): number {
  if (n < 0n) throw new Fault("argument");
  if (n > 0x10000000n) throw new Fault("memory");
  return Number(n);
}

/** Test arguments for a count: mostly small, with the edges. */
export function countArb(gen: any) {
  return gen.fc.oneof(
    { weight: 8, arbitrary: gen.nat(40) },
    { weight: 1, arbitrary: gen.fc.constantFrom(-1n, -5n, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 31n, 2n ** 32n + 3n, 0x10000001n) },
  );
}

/** PCG32 (XSH-RR) seeded like the reference pcg32_srandom_r(seed, 54); next() gives a uint32. */
export function pcg32(seed: bigint): () => bigint {
  const inc = (54n << 1n) | 1n;
  let state = 0n;
  const next = () => {
    const old = state;
    state = (old * 6364136223846793005n + inc) & M64;
    const xs = (((old >> 18n) ^ old) >> 27n) & 0xffffffffn;
    const rot = old >> 59n;
    return ((xs >> rot) | (xs << ((32n - rot) & 31n))) & 0xffffffffn;
  };
  next();
  state = (state + BigInt.asUintN(64, seed)) & M64;
  next();
  return next;
}
