// Shared by the stdlib date blocks' oracles and generators (no default export: not a block).
import { fromOrdinal, parseIso, toOrdinal } from "../../blocks/dates/_cal.js";
import { Fault } from "../../blocks/block.js";

const pad = (n: number | bigint, w: number) => String(n).padStart(w, "0");
export const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** The day number of an ISO date, faulting (argument) as the ordinal block does. */
export const ordOf = (s: string) => toOrdinal(...parseIso(s));

/** The ISO date of a day number, faulting (argument) outside 0001-01-01 … 9999-12-31. */
export function isoOf(n: number): string {
  if (n < 1 || n > 3652059) throw new Fault("argument");
  return iso(...fromOrdinal(n));
}

/** Mostly valid ISO dates, some that do not exist, some malformed. */
export function isoDates(gen: any): any {
  const fc = gen.fc;
  const good = fc.integer({ min: 1, max: 3652059 }).map((n: number) => isoOf(n));
  return fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom("2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "2024-13-01", "", "2024-1-1") });
}

/** A day count that sometimes steps past the calendar's ends. */
export const dayShift = (gen: any): any => gen.fc.oneof({ weight: 6, arbitrary: gen.fc.bigInt({ min: -1000n, max: 1000n }) }, { weight: 2, arbitrary: gen.fc.bigInt({ min: -4000000n, max: 4000000n }) }, { weight: 1, arbitrary: gen.int });
