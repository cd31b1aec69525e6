// A fuzz campaign: inputs `from`, `from + 1`, … of a seed, each a mutated seed program judged in a
// sandboxed worker under time and memory limits, until a count or a deadline. Each new kind of
// failure is minimized and kept as a regression case (tests/fuzz/cases/<hash>.json), which the test
// suite replays. Campaigns are resumable: the range each covered goes into fuzz/campaigns.json.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { loadRegistry } from "../compiler/blocks/registry.js";
import type { OptLevel } from "../compiler/index.js";
import { Sandbox, type Outcome } from "../cli/sandbox.js";
import { seedPrograms, type Seed } from "./corpus.js";
import { mutate } from "./mutate.js";
import { randomFor } from "./random.js";
import { signature, type Problem } from "./judge.js";
import { minimize } from "./minimize.js";
import { runLanes } from "./lanes.js";
import { FUZZ_WORKER, ROLE, type FuzzJob, type FuzzReply } from "./worker.js";

export const CASES = join(ROOT, "tests", "fuzz", "cases");

export interface Limits {
  /** A compile past this is a hang (30 s by default: slowness is measured, not failed). */
  compileMs: number;
  /** A run past this is stopped and counted; programs may loop. */
  runMs: number;
  /** Resident memory of the fuzzing process past which a job is stopped, MB. */
  maxRssMb: number;
}

/** How long one failure's input is minimized; the smallest failing input found by then is kept. */
const MINIMIZE_MS = 5 * 60_000;

export const DEFAULT_LIMITS: Limits = { compileMs: 30_000, runMs: 2_000, maxRssMb: 3_072 };

export interface CampaignOptions {
  seed: number;
  from: number;
  /** Stop after this many inputs … */
  count?: number;
  /** … or after this many seconds, whichever comes first. */
  seconds?: number;
  workers: number;
  limits: Limits;
  /** Minimize new failures and write them under tests/fuzz/cases. */
  save: boolean;
  progress?: (line: string) => void;
}

export interface Failure { index: number; problem: Problem; signature: string; source: string; seed: string; mutations: string[]; optimize: OptLevel; case?: string }

export interface CampaignResult {
  seed: number;
  from: number;
  /** One past the last input tried. */
  to: number;
  inputs: number;
  /** Inputs that compiled to a module; of those, runs by how they ended. */
  compiled: number;
  runs: Record<string, number>;
  failures: Failure[];
  /** Compiles a limit stopped (time, or the process's memory) that stayed within it when judged
   *  again alone: the machine's doing (a campaign at low priority beside other work, or another
   *  worker's input filling the process whose memory the limit covers), not the compiler's. */
  stopsNotRepeated?: number;
  /** The slowest compiles, slowest first. */
  slowest: { index: number; ms: number; seed: string }[];
  seconds: number;
}

/** The optimization level input i is compiled at: mostly the default, sometimes none or the most. */
function levelOf(r: { int(n: number): number }): OptLevel {
  const k = r.int(10);
  return k === 0 ? 0 : k === 1 ? 3 : 2;
}

/** Input `index` of campaign `seed`: its text, where it came from, and how it is compiled. */
export function fuzzInput(seeds: Seed[], seed: number, index: number): { job: FuzzJob; seed: string; mutations: string[] } {
  const r = randomFor(seed, index);
  const m = mutate(seeds, r);
  return { job: { source: m.source, optimize: levelOf(r), run: true, maxOutput: 100_000 }, seed: m.seed, mutations: m.mutations };
}

export function newSandbox(limits: Limits, workers: number): Sandbox<FuzzJob, FuzzReply> {
  if (!FUZZ_WORKER) throw new Error("the fuzzer's worker is not built: run `npm run build`");
  return new Sandbox<FuzzJob, FuzzReply>({ script: FUZZ_WORKER, role: ROLE, heapMb: 1024, maxRssMb: limits.maxRssMb, keep: workers, output: "drop" });
}

/** The problems of one input, from its sandboxed outcome. */
export function problemsOf(o: Outcome<FuzzReply>): Problem[] {
  if (o.kind === "reply") return o.reply.problems;
  if (o.phase === "run") return []; // a program may loop or allocate without end: the run's limit stops it
  if (o.kind === "timeout") return [{ kind: "hang", detail: `${o.phase} took over ${o.limit} ms` }];
  if (o.kind === "memory") return [{ kind: "memory", detail: `${o.phase} went past the memory limit` }];
  if (o.kind === "crash") return [{ kind: "crash", detail: `${o.phase}: ${o.message}` }];
  return [];
}

const isStop = (o: Outcome<FuzzReply>) => (o.kind === "timeout" || o.kind === "memory") && o.phase !== "run";

export async function judgeOne(sandbox: Sandbox<FuzzJob, FuzzReply>, job: FuzzJob, limits: Limits, alone = false): Promise<Outcome<FuzzReply>> {
  const phases = { setup: 60_000, compile: limits.compileMs, editor: limits.compileMs, run: limits.runMs };
  return alone ? sandbox.runAlone(job, phases) : sandbox.run(job, phases);
}

export async function runCampaign(opts: CampaignOptions): Promise<CampaignResult> {
  const seeds = seedPrograms(await loadRegistry());
  const sandbox = newSandbox(opts.limits, opts.workers);
  const started = performance.now();
  const result: CampaignResult = { seed: opts.seed, from: opts.from, to: opts.from, inputs: 0, compiled: 0, runs: {}, failures: [], slowest: [], seconds: 0 };
  const seen = new Set<string>();

  const one = async (index: number) => {
    const input = fuzzInput(seeds, opts.seed, index);
    let o = await judgeOne(sandbox, input.job, opts.limits);
    if (isStop(o)) {
      // a stop counts when it repeats with no other input beside it: one compile past the time limit
      // may be a starved process's, and past the memory limit another worker's input's (the limit
      // covers the process)
      const again = await judgeOne(sandbox, input.job, opts.limits, true);
      if (!isStop(again)) { o = again; result.stopsNotRepeated = (result.stopsNotRepeated ?? 0) + 1; }
    }
    result.inputs++;
    if (o.kind === "reply") {
      if (o.reply.compiled) result.compiled++;
      if (o.reply.ran) result.runs[o.reply.ran] = (result.runs[o.reply.ran] ?? 0) + 1;
      noteSlow(result, index, o.reply.compileMs, input.seed);
    } else if (o.phase === "run") result.runs[`stopped (${o.kind})`] = (result.runs[`stopped (${o.kind})`] ?? 0) + 1;
    for (const problem of problemsOf(o)) {
      const sig = signature(problem);
      const failure: Failure = { index, problem, signature: sig, source: input.job.source, seed: input.seed, mutations: input.mutations, optimize: input.job.optimize };
      result.failures.push(failure);
      if (!seen.has(sig)) opts.progress?.(`fuzz: input ${index} (${input.seed}; ${input.mutations.join(", ")}): ${problem.kind}: ${problem.detail.slice(0, 200)}`);
      seen.add(sig);
    }
  };
  try {
    result.to = await runLanes({ ...opts, one, status: (n, rate) => `fuzz: ${n} inputs (${rate.toFixed(1)}/s), ${result.failures.length} failures` });
    // once more with the lanes done: work beside a campaign can starve one compile past the time
    // limit twice in a row (fuzz seed 1, input 352709: 3.2 s alone, stopped at 30 s twice)
    const stops = result.failures.filter((f) => f.problem.kind === "hang" || f.problem.kind === "memory");
    for (const f of stops) {
      if (isStop(await judgeOne(sandbox, fuzzInput(seeds, opts.seed, f.index).job, opts.limits, true))) continue;
      result.failures = result.failures.filter((x) => x.index !== f.index);
      result.stopsNotRepeated = (result.stopsNotRepeated ?? 0) + 1;
    }
    if (opts.save) {
      // one regression case per kind of failure (a minimized input already kept is the same file)
      const firsts = new Map<string, Failure>();
      for (const f of result.failures) if (!firsts.has(f.signature)) firsts.set(f.signature, f);
      for (const f of firsts.values()) {
        opts.progress?.(`fuzz: minimizing ${f.signature}`);
        f.case = await saveCase(sandbox, f, opts);
      }
    }
  } finally {
    await sandbox.close();
  }
  result.seconds = Math.round((performance.now() - started) / 100) / 10;
  return result;
}

function noteSlow(result: CampaignResult, index: number, ms: number, seed: string): void {
  result.slowest.push({ index, ms: Math.round(ms), seed });
  result.slowest.sort((a, b) => b.ms - a.ms);
  result.slowest.length = Math.min(result.slowest.length, 10);
}

// ------------------------------------------------------------------------------------- cases

export interface Case { file: string; problem: string; signature: string; source: string; optimize: OptLevel; found: Record<string, unknown> }

export function existingCases(): Case[] {
  if (!existsSync(CASES)) return [];
  return readdirSync(CASES).filter((f) => f.endsWith(".json")).sort().map((f) => ({ file: f, ...JSON.parse(readFileSync(join(CASES, f), "utf8")) }));
}

async function saveCase(sandbox: Sandbox<FuzzJob, FuzzReply>, f: Failure, opts: CampaignOptions): Promise<string> {
  const slow = f.problem.kind === "hang" || f.problem.kind === "memory";
  const still = async (source: string) => problemsOf(await judgeOne(sandbox, { source, optimize: f.optimize, run: true, maxOutput: 100_000 }, opts.limits)).some((p) => signature(p) === f.signature);
  // a few minutes a case: a large input whose every test takes seconds (5,001 chained sets
  // overflowing the stack, fuzz seed 1) kept a campaign minimizing for most of an hour
  const small = await minimize(f.source, still, { maxTests: slow ? 20 : 400, deadline: performance.now() + MINIMIZE_MS });
  const hash = createHash("sha1").update(small).digest("hex").slice(0, 12);
  mkdirSync(CASES, { recursive: true });
  const file = `${hash}.json`;
  const data = { problem: `${f.problem.kind}: ${f.problem.detail}`, signature: f.signature, optimize: f.optimize, found: { seed: opts.seed, index: f.index, from: f.seed, mutations: f.mutations }, source: small };
  writeFileSync(join(CASES, file), JSON.stringify(data, null, 1) + "\n");
  opts.progress?.(`fuzz: saved tests/fuzz/cases/${file} (${small.length} characters)`);
  return file;
}
