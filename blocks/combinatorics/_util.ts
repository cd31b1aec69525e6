// Shared by the combinatorics blocks' oracles (no default export: not a block).
import { Fault } from "../block.js";

/** The most "cells" (inner arrays plus their elements) a result may hold before the block faults
 *  "memory": the templates check this before allocating anything, so an exponential request fails
 *  at once instead of running for hours. */
export const LIMIT = 1n << 28n;

/** The most pairs `cartesian` builds (16-byte tuples: more would not fit a 32-bit size). */
export const PAIR_LIMIT = 1n << 27n;

/** C(n, k) exactly, for 0 <= k (0 when k > n). */
export function binom(n: bigint, k: bigint): bigint {
  if (k < 0n || k > n) return 0n;
  const m = k < n - k ? k : n - k;
  let r = 1n;
  for (let i = 1n; i <= m; i++) r = (r * (n - m + i)) / i;
  return r;
}

/** Faults "memory" when `rows` arrays of `k` elements each exceed LIMIT cells. */
export function guard(rows: bigint, k: bigint): void {
  if (rows * (k + 1n) > LIMIT) throw new Fault("memory");
}

/** The k-element combinations of indices 0..n-1 in lexicographic order. */
export function indexCombos(n: number, k: number): number[][] {
  const out: number[][] = [];
  if (k > n) return out;
  const idx = Array.from({ length: k }, (_, j) => j);
  for (;;) {
    out.push([...idx]);
    let j = k - 1;
    while (j >= 0 && idx[j] === n - k + j) j--;
    if (j < 0) return out;
    idx[j]++;
    for (let t = j + 1; t < k; t++) idx[t] = idx[t - 1] + 1;
  }
}
