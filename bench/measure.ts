// Running the kernels: build every variant, call each once and check that all results are equal
// (which also warms them up), then time them in rounds, the variants interleaved and their order
// rotated from round to round, so that a noisy moment of a shared machine falls on all of them.
import type { OptLevel } from "../compiler/index.js";
import { Kernel, VARIANTS, Variant, hasVariant } from "./kernels.js";
import { Runner, build } from "./variants.js";
export { median } from "../scripts/tokens-chart.js";

export interface KernelRun {
  kernel: string;
  /** The n every variant was called with. */
  size: number;
  /** Each variant's result, as decimal text. */
  results: Partial<Record<Variant, string>>;
  /** Whether every variant that ran gave the same result (and the expected one at the small size). */
  agree: boolean;
  /** Milliseconds of each timed call, in round order. */
  ms: Partial<Record<Variant, number[]>>;
  /** Why a variant did not run: no such file, its compiler is absent, it failed to build or run. */
  absent: Partial<Record<Variant, string>>;
}

export interface RunOptions {
  variants: readonly Variant[];
  /** Timed rounds after the checking call (0: check only). */
  rounds: number;
  /** The kernels' small sizes (the test suite's) rather than their benchmark sizes. */
  small: boolean;
  opt: OptLevel;
  /** Where to build, and to put the native programs' inputs. */
  dir: string;
  /** Variants whose compiler is missing, with the reason. */
  unavailable: Partial<Record<Variant, string>>;
  progress: (line: string) => void;
}

export async function runKernels(kernels: Kernel[], o: RunOptions): Promise<KernelRun[]> {
  const prepared: { k: Kernel; run: KernelRun; runners: Runner[] }[] = [];
  for (const k of kernels) {
    const run: KernelRun = { kernel: k.name, size: o.small ? k.small : k.size, results: {}, agree: false, ms: {}, absent: {} };
    const runners: Runner[] = [];
    const building: Variant[] = [];
    for (const v of o.variants) {
      if (!hasVariant(k, v)) run.absent[v] = v === "ideo-blocks" ? "no block applies" : "not written";
      else if (o.unavailable[v]) run.absent[v] = o.unavailable[v];
      else building.push(v);
    }
    o.progress(`building ${k.name}: ${building.join(", ")}`);
    // the C compilers run as processes while Ideo and asc compile in this one
    const built = await Promise.allSettled(building.map((v) => build(k, v, { opt: o.opt, dir: o.dir })));
    built.forEach((b, i) => {
      if (b.status === "fulfilled") runners.push(b.value);
      else run.absent[building[i]] = `build failed: ${message(b.reason)}`;
    });
    prepared.push({ k, run, runners });
  }
  for (const { k, run, runners } of prepared) {
    o.progress(`checking ${k.name}`);
    check(run, runners, o.small ? k.smallResult : undefined);
  }
  for (let round = 0; round < o.rounds; round++) {
    for (const { run, runners } of prepared) {
      if (!run.agree) continue;
      o.progress(`round ${round + 1}/${o.rounds}: ${run.kernel}`);
      for (let i = 0; i < runners.length; i++) {
        const r = runners[(i + round) % runners.length];
        (run.ms[r.variant] ??= []).push(r.call(run.size).ms);
      }
    }
  }
  return prepared.map((p) => p.run);
}

/** Call every variant once; the run agrees when none fails and every result is the same (and is
 *  `expected`, if given). */
function check(run: KernelRun, runners: Runner[], expected?: string): void {
  let failed = false;
  for (const r of runners) {
    try {
      run.results[r.variant] = r.call(run.size).result;
    } catch (e) {
      run.absent[r.variant] = `failed: ${message(e)}`;
      failed = true;
    }
  }
  const values = new Set(Object.values(run.results));
  if (expected !== undefined) values.add(expected);
  run.agree = !failed && values.size === 1;
}

/** A sentence saying how the variants disagree, for an error message. */
export function disagreement(run: KernelRun, expected?: string): string {
  const got = VARIANTS.filter((v) => run.results[v] !== undefined).map((v) => `${v} ${run.results[v]}`);
  const failed = VARIANTS.filter((v) => run.absent[v]?.startsWith("failed")).map((v) => `${v} ${run.absent[v]}`);
  return `${run.kernel} at n = ${run.size}: ${[...got, ...failed].join(", ")}${expected !== undefined ? ` (expected ${expected})` : ""}`;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n").slice(0, 6).join("\n");

export function best(xs: number[] | undefined): number {
  return xs?.length ? Math.min(...xs) : NaN;
}

export function geomean(xs: number[]): number {
  const ok = xs.filter((x) => Number.isFinite(x) && x > 0);
  return ok.length ? Math.exp(ok.reduce((a, x) => a + Math.log(x), 0) / ok.length) : NaN;
}
