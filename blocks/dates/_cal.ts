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

/** The (year, month, day) of an ISO date "YYYY-MM-DD" (exactly 4-2-2 ASCII digits); faults with
 *  argument on any other text or a date that does not exist. */
export function parseIso(s: string): [bigint, bigint, bigint] {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s);
  if (!m) throw new Fault("argument");
  const ymd: [bigint, bigint, bigint] = [BigInt(m[1]), BigInt(m[2]), BigInt(m[3])];
  check(...ymd);
  return ymd;
}

/** ISO date strings: mostly well formed (any year 1..9999, some dates that do not exist, some out-of-range
 *  fields), mixed with malformed text (wrong lengths, separators, signs, spaces, non-ASCII digits). */
export function isoArgs(gen: any) {
  const fc = gen.fc;
  const pad = (n: bigint, w: number) => String(n).padStart(w, "0");
  const { y, m, d } = dateArgs(gen);
  const field = (a: any, w: number) => a.filter((n: bigint) => n >= 0n && n < 10n ** BigInt(w)).map((n: bigint) => pad(n, w));
  const good = fc.tuple(field(y, 4), field(m, 2), field(d, 2)).map(([a, b, c]: string[]) => `${a}-${b}-${c}`);
  const mangle = fc.tuple(good, fc.nat(9), fc.nat(20), fc.constantFrom("", "0", "1", "-", "/", " ", "+", "a", "T", "٣", "é", "\u0000", "00")).map(
    ([s, how, at, c]: [string, number, number, string]) => {
      const i = at % (s.length + 1);
      if (how === 0) return s.slice(0, i) + s.slice(i + 1);             // a character dropped
      if (how === 1) return s.slice(0, i) + c + s.slice(i);             // a character inserted
      if (how === 2) return s.slice(0, i) + c + s.slice(i + 1);         // a character replaced
      if (how === 3) return ` ${s}`;
      if (how === 4) return `${s}\n`;
      if (how === 5) return s.replace(/-/g, "/");
      if (how === 6) return s.replace(/-/g, "");
      if (how === 7) return `+${s}`;
      if (how === 8) return `${s}T00:00`;
      return s.slice(0, i);
    });
  const fixed = fc.constantFrom("", "2024-03-01", "0001-01-01", "9999-12-31", "0000-01-01", "10000-01-01", "2023-02-29", "2024-02-29", "1900-02-29",
    "2000-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "2024-1-01", "24-01-01", "2024-01-1", "-2024-01-01",
    "2024_01_01", "2024-01-01 ", " 2024-01-01", "２０２４-01-01", "2024-0a-01", "2024--1-01", "2024-+1-01", "20240101", "2024-03-01T12:00");
  return fc.tuple(fc.oneof({ weight: 6, arbitrary: good }, { weight: 2, arbitrary: fixed }, { weight: 3, arbitrary: mangle }, { weight: 1, arbitrary: gen.str }));
}
