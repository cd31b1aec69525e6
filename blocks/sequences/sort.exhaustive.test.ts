// Exhaustive check of sort's small-array path (the sorting networks for n <= 8): every
// permutation and every 0-1 input of sizes 0..8, through the standalone templates. By the 0-1
// principle the 0-1 inputs alone prove each network sorts; the permutations check the plumbing.
// sort_float reaches the same networks through its int keys; its 0-1 inputs over {-0.0, 0.0}
// and {x, NaN} also check that it is stable where equal floats differ.
import { describe, it, expect, beforeAll } from "vitest";
import { binaryen, newModule } from "../../compiler/binaryen.js";
import { loadRooms } from "../../compiler/blocks/rooms.js";
import { closure, templateLoader } from "../../compiler/blocks/source.js";
import { link } from "../../compiler/link/link.js";
import { instantiate, Instance } from "../../compiler/host/instance.js";
import { fromWasm, toWasm } from "../../compiler/host/values.js";
import { Type } from "../../compiler/types.js";

type Run = (xs: unknown[]) => unknown[];

async function runner(fn: string, elem: Type, load: (fn: string) => Promise<Uint8Array>): Promise<Run> {
  const templates = await closure(load, fn);
  const b = await binaryen();
  const m = newModule(b);
  link(b, m, { roots: [fn], load: (n) => templates.get(n)! });
  m.addFunctionExport(fn, "run");
  for (const f of ["rt_alloc", "rt_mark", "rt_reset"]) m.addFunctionExport(f, f);
  if (!m.validate()) throw new Error(`${fn} does not validate`);
  const wasm = m.emitBinary();
  m.dispose();
  const host: Instance = await instantiate(wasm, { write: () => {} });
  const t: Type = { kind: "array", elem };
  return (xs) => host.scoped(() => fromWasm(host.memory, t, host.exports.run(toWasm(host, t, xs))) as unknown[]);
}

function* permutations(n: number): Generator<number[]> {
  const a = Array.from({ length: n }, (_, i) => i);
  // Heap's algorithm
  const c = Array(n).fill(0);
  yield [...a];
  let i = 0;
  while (i < n) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      [a[j], a[i]] = [a[i], a[j]];
      yield [...a];
      c[i]++;
      i = 0;
    } else {
      c[i] = 0;
      i++;
    }
  }
}

function* binaries(n: number): Generator<number[]> {
  for (let m = 0; m < 1 << n; m++) yield Array.from({ length: n }, (_, i) => (m >> i) & 1);
}

const SIZES = [0, 1, 2, 3, 4, 5, 6, 7, 8];

describe("sort: exhaustive small inputs", () => {
  let sortInt: Run, sortFloat: Run;
  beforeAll(async () => {
    const load = templateLoader(await loadRooms());
    sortInt = await runner("sort_int", { kind: "int" }, load);
    sortFloat = await runner("sort_float", { kind: "float" }, load);
  });

  it("sort_int sorts every permutation of 0..n-1, n <= 8", () => {
    let count = 0;
    for (const n of SIZES) {
      const want = Array.from({ length: n }, (_, i) => BigInt(i));
      for (const p of permutations(n)) {
        const got = sortInt(p.map((x) => BigInt(x)));
        if (got.length !== n || got.some((x, i) => x !== want[i])) expect({ input: p, got }).toEqual({ input: p, got: want });
        count++;
      }
    }
    expect(count).toBe(46234);
  });

  it("sort_int sorts every 0-1 input, n <= 8, also with extreme values", () => {
    const pairs: [bigint, bigint][] = [[0n, 1n], [-(2n ** 63n), 2n ** 63n - 1n], [-1n, 0n]];
    for (const [lo, hi] of pairs)
      for (const n of SIZES)
        for (const bits of binaries(n)) {
          const input = bits.map((b) => (b ? hi : lo));
          const want = [...bits].sort().map((b) => (b ? hi : lo));
          const got = sortInt(input);
          if (got.length !== n || got.some((x, i) => x !== want[i])) expect({ input, got }).toEqual({ input, got: want });
        }
  });

  it("sort_float sorts every permutation of n distinct floats (NaN, infinities, -0.0 among them), n <= 8", () => {
    const pool = [NaN, -Infinity, 2.5, -0, -1.5, Infinity, 7, -3];
    for (const n of SIZES) {
      const vals = pool.slice(0, n);
      const want = [...vals].sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b));
      for (const p of permutations(n)) {
        const input = p.map((i) => vals[i]);
        const got = sortFloat(input);
        if (got.length !== n || got.some((x, i) => !Object.is(x, want[i]))) expect({ input, got }).toEqual({ input, got: want });
      }
    }
  });

  it("sort_float is stable on every 0-1 input over {-0.0, 0.0}, {1, NaN} and {-0.0, NaN}, n <= 8", () => {
    const pairs: [number, number][] = [[-0, 0], [0, -0], [1, NaN], [-0, NaN], [-1, 1]];
    for (const [lo, hi] of pairs)
      for (const n of SIZES)
        for (const bits of binaries(n)) {
          const input = bits.map((b) => (b ? hi : lo));
          // -0.0 and 0.0 are equal, so a stable sort leaves them exactly as they were
          const stable = Object.is(lo, -0) && Object.is(hi, 0) || Object.is(lo, 0) && Object.is(hi, -0);
          const want = stable ? input : [...bits].sort().map((b) => (b ? hi : lo));
          const got = sortFloat(input);
          if (got.length !== n || got.some((x, i) => !Object.is(x, want[i]))) expect({ input, got }).toEqual({ input, got: want });
        }
  });
});
