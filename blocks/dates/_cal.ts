// Shared by the dates blocks' oracles and tests: the proleptic Gregorian calendar through JS Date
// (an implementation independent of the templates' arithmetic), and argument generators.
import { Fault } from "../block.js";

export const isLeap = (y: bigint) => y % 4n === 0n && (y % 100n !== 0n || y % 400n === 0n);

export function monthDays(y: bigint, m: bigint): number {
  if (m < 1n || m > 12n) throw new Fault("argument");
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(m) - 1];
}

/** Faults unless 1 ≤ y ≤ 9999, 1 ≤ m ≤ 12 and 1 ≤ d ≤ days in that month. */
export function check(y: bigint, m: bigint, d: bigint): void {
  if (y < 1n || y > 9999n || m < 1n || m > 12n || d < 1n || d > BigInt(monthDays(y, m))) throw new Fault("argument");
}

const DAY = 86_400_000;
const EPOCH = 719_163; // ordinal of 1970-01-01

/** Python's date(y, m, d).toordinal(), via JS Date. */
export function toOrdinal(y: bigint, m: bigint, d: bigint): number {
  check(y, m, d);
  const t = new Date(0);
  t.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  return t.getTime() / DAY + EPOCH;
}

export function fromOrdinal(n: number): [number, number, number] {
  const t = new Date((n - EPOCH) * DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** Years, months and days biased to valid dates, with invalid and extreme values mixed in. */
export function dateArgs(gen: any) {
  const fc = gen.fc;
  const big = (a: any) => a.map(BigInt);
  const y = fc.oneof(
    { weight: 6, arbitrary: big(fc.integer({ min: 1, max: 9999 })) },
    { weight: 3, arbitrary: fc.constantFrom(1n, 2n, 4n, 100n, 400n, 1600n, 1700n, 1900n, 2000n, 2023n, 2024n, 9999n) },
    { weight: 1, arbitrary: fc.constantFrom(0n, -1n, -400n, 10000n) },
    { weight: 1, arbitrary: gen.int },
  );
  const m = fc.oneof(
    { weight: 10, arbitrary: big(fc.integer({ min: 1, max: 12 })) },
    { weight: 1, arbitrary: fc.constantFrom(0n, 13n, -1n) },
    { weight: 1, arbitrary: gen.int },
  );
  const d = fc.oneof(
    { weight: 8, arbitrary: big(fc.integer({ min: 1, max: 28 })) },
    { weight: 4, arbitrary: fc.constantFrom(29n, 30n, 31n) },
    { weight: 1, arbitrary: fc.constantFrom(0n, 32n, -1n) },
    { weight: 1, arbitrary: gen.int },
  );
  return { y, m, d, ymd: fc.tuple(y, m, d) };
}
