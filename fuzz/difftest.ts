// A differential-testing campaign: programs `from`, `from + 1`, … of a seed, each generated, run by
// the reference evaluator and compiled at three levels (fuzz/diff.ts), in sandboxed workers. A
// mismatch is shrunk to the statements that still show it and kept under tests/difftest/cases/,
// which the test suite replays against the reference's output.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { Sandbox, type Outcome as SandboxOutcome } from "../cli/sandbox.js";
import { DIFF_WORKER, ROLE, type DiffJob, type DiffReply } from "./diff.js";
import type { Outcome } from "./reference.js";
import { runLanes } from "./lanes.js";

export const DIFF_CASES = join(ROOT, "tests", "difftest", "cases");

export interface DiffOptions { seed: number; from: number; count?: number; seconds?: number; workers: number; save: boolean; progress?: (line: string) => void }

export interface Mismatch { index: number; kind: string; detail: string; case?: string }

export interface DiffResult {
  seed: number;
  from: number;
  to: number;
  programs: number;
  /** Programs whose every build printed and faulted as the reference did. */
  same: number;
  /** Programs left out, by why (the reference could not follow them). */
  skipped: Record<string, number>;
  mismatches: Mismatch[];
  seconds: number;
}

/** A program's compile and runs at three levels; shrinking a mismatch may take many of those. */
const LIMITS = { setup: 60_000, run: 120_000, minimize: 900_000 };

export function newDiffSandbox(workers: number): Sandbox<DiffJob, DiffReply> {
  if (!DIFF_WORKER) throw new Error("the difftest worker is not built: run `npm run build`");
  return new Sandbox<DiffJob, DiffReply>({ script: DIFF_WORKER, role: ROLE, heapMb: 1024, maxRssMb: 3072, keep: workers, max: workers, output: "drop" });
}

/** A sandbox outcome as a verdict: a program stopped by a limit is a mismatch too (every generated
 *  program ends, and quickly). */
function verdictOf(o: SandboxOutcome<DiffReply>): DiffReply | { verdict: "mismatch"; kind: string; detail: string } {
  if (o.kind === "reply") return o.reply;
  return { verdict: "mismatch", kind: "stopped", detail: o.kind === "crash" ? `the worker failed in ${o.phase}: ${o.message}` : `${o.phase} went past its ${o.kind} limit` };
}

export async function runDiffCampaign(o: DiffOptions): Promise<DiffResult> {
  const sandbox = newDiffSandbox(o.workers);
  const started = performance.now();
  const r: DiffResult = { seed: o.seed, from: o.from, to: o.from, programs: 0, same: 0, skipped: {}, mismatches: [], seconds: 0 };
  const one = async (index: number) => {
    const v = verdictOf(await sandbox.run({ seed: o.seed, index, minimize: false }, LIMITS));
    r.programs++;
    if (v.verdict === "same") { r.same++; return; }
    if (v.verdict === "skipped") { const why = v.detail ?? "?"; r.skipped[why] = (r.skipped[why] ?? 0) + 1; return; }
    const m: Mismatch = { index, kind: v.kind ?? "?", detail: (v.detail ?? "").slice(0, 300) };
    o.progress?.(`difftest: program ${index}: ${m.kind}${m.detail ? `: ${m.detail.split("\n")[0]}` : ""}`);
    if (o.save && "source" in v && m.kind !== "stopped") m.case = await saveDiffCase(sandbox, o.seed, index, o.progress);
    r.mismatches.push(m);
  };
  try {
    r.to = await runLanes({ ...o, one, status: (n, rate) => `difftest: ${n} programs (${rate.toFixed(2)}/s), ${r.mismatches.length} mismatches` });
  } finally {
    await sandbox.close();
  }
  r.seconds = Math.round((performance.now() - started) / 100) / 10;
  return r;
}

export interface DiffCase { file: string; kind: string; source: string; expected: Outcome; found: { seed: number; index: number } }

async function saveDiffCase(sandbox: Sandbox<DiffJob, DiffReply>, seed: number, index: number, progress?: (line: string) => void): Promise<string | undefined> {
  progress?.(`difftest: shrinking program ${index}`);
  const v = verdictOf(await sandbox.run({ seed, index, minimize: true }, LIMITS));
  if (v.verdict !== "mismatch" || !("source" in v) || !v.expected) return undefined;
  const file = `${createHash("sha1").update(v.source).digest("hex").slice(0, 12)}.json`;
  mkdirSync(DIFF_CASES, { recursive: true });
  const data = { kind: v.kind, detail: (v.detail ?? "").slice(0, 2000), got: v.got, found: { seed, index }, expected: v.expected, source: v.source };
  writeFileSync(join(DIFF_CASES, file), JSON.stringify(data, null, 1) + "\n");
  progress?.(`difftest: saved tests/difftest/cases/${file} (${v.statements} statements)`);
  return file;
}

export function diffCases(): DiffCase[] {
  if (!existsSync(DIFF_CASES)) return [];
  return readdirSync(DIFF_CASES).filter((f) => f.endsWith(".json")).sort().map((f) => ({ file: f, ...JSON.parse(readFileSync(join(DIFF_CASES, f), "utf8")) }));
}
