// Shared by the sequences blocks' oracles and test generators (no default export: not a block).
import { Fault } from "../block.js";

/** The order sort uses: numbers ascending with NaN last (-0 equals 0), strings by code point, false < true. */
export function cmp(a: any, b: any): number {
  if (typeof a === "number" && (Number.isNaN(a) || Number.isNaN(b))) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  if (typeof a === "string") return a < b ? -1 : a > b ? 1 : 0; // UTF-16 order differs from code points only for astral vs U+E000..U+FFFF
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code point order for strings (JS compares UTF-16 units, which misorders astral characters). */
export function cmpStr(a: string, b: string): number {
  const x = Array.from(a), y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i].codePointAt(0)!, q = y[i].codePointAt(0)!;
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length < 0 ? -1 : x.length > y.length ? 1 : 0;
}

/** The block order: cmp, with strings by code point. */
export const order = (a: any, b: any): number => (typeof a === "string" ? cmpStr(a, b) : cmp(a, b));

/** Equality of elements: like JS SameValueZero, so NaN matches NaN and -0 matches 0. */
export const eq = (a: any, b: any): boolean => a === b || (typeof a === "number" && a !== a && b !== b);

/** A stable ascending sort by `order`. */
export const sorted = <T>(xs: T[]): T[] => [...xs].sort(order);

/** A string's code points. */
export const cps = (s: string): string[] => Array.from(s);

/** The larger objects a template will allocate before it faults "memory": 2^28 elements or bytes. */
export const LIMIT = 1n << 28n;

/** Python-style slice bounds: negative counts from the end, then clamped to 0..n. */
export function bound(i: bigint, n: number): number {
  const N = BigInt(n);
  const j = i < 0n ? i + N : i;
  return Number(j < 0n ? 0n : j > N ? N : j);
}

/** A count clamped to 0..n. */
export const clamp = (k: bigint, n: number): number => Number(k < 0n ? 0n : k > BigInt(n) ? BigInt(n) : k);

/** Faults "index" unless 0 <= i < n; returns i as a number. */
export function at(i: bigint, n: number): number {
  if (i < 0n || i >= BigInt(n)) throw new Fault("index");
  return Number(i);
}

/** A UTF-8 byte length. */
export const bytes = (s: string): number => new TextEncoder().encode(s).length;
