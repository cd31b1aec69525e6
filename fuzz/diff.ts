// The differential test of one generated program: the reference evaluator's output and fault against
// what the program compiled at -O0, at the default level and at -O3 prints and faults with, each run
// twice in one instance (a second run must not see the first's memory). Runs in a sandboxed worker.
import { loadRooms } from "../compiler/blocks/rooms.js";
import { compile, load, prepare, IdeoFault, type OptLevel } from "../compiler/index.js";
import { isSandboxWorker, serve, workerScript } from "../cli/sandbox.js";
import { catalog, type Catalog } from "./catalog.js";
import { generateProgram } from "./generate.js";
import { source, type Program, type Stmt } from "./program.js";
import { randomFor } from "./random.js";
import { evaluate, Unsupported, type Outcome } from "./reference.js";

export const LEVELS: OptLevel[] = [0, 2, 3];
/** Printed characters a program may produce before it is left out (the generator rarely gets there). */
const MAX_OUTPUT = 100_000;

export type MismatchKind = "rejected" | "output" | "levels" | "nondeterministic" | "error";

export interface Verdict {
  verdict: "same" | "mismatch" | "skipped";
  kind?: MismatchKind;
  detail?: string;
  expected?: Outcome;
  /** What each build gave, by optimization level. */
  got?: Record<string, Outcome>;
}

export interface DiffJob { seed: number; index: number; minimize: boolean }
export interface DiffReply extends Verdict { source: string; statements: number }

class OutputFull extends Error {}

/** Compile at one level and run main twice; the outcome of each run. */
async function build(src: string, level: OptLevel): Promise<Outcome[] | string> {
  const r = await compile(src, { optimize: level, file: "gen.ideo" });
  if (!r.wasm) return r.render();
  let output = "";
  const write = (t: string) => { output += t; if (output.length > MAX_OUTPUT) throw new OutputFull(); };
  const main = (await load(r.wasm, { write, file: "gen.ideo" })).main;
  const runs: Outcome[] = [];
  for (let k = 0; k < 2; k++) {
    output = "";
    try {
      main();
      runs.push({ output });
    } catch (e) {
      if (e instanceof IdeoFault) runs.push({ output, fault: e.fault });
      else if (e instanceof OutputFull) throw e;
      else runs.push({ output, fault: `error: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return runs;
}

const same = (a: Outcome, b: Outcome) => a.output === b.output && a.fault === b.fault;

export async function diffProgram(p: Program, cat: Catalog): Promise<Verdict> {
  let expected: Outcome;
  try {
    expected = evaluate(p, cat);
  } catch (e) {
    if (e instanceof Unsupported) return { verdict: "skipped", detail: e.message };
    throw e;
  }
  if (expected.output.length > MAX_OUTPUT) return { verdict: "skipped", detail: "the output is too long" };
  const src = source(p);
  const got: Record<string, Outcome> = {};
  for (const level of LEVELS) {
    let runs: Outcome[] | string;
    try { runs = await build(src, level); } catch (e) {
      if (e instanceof OutputFull) return { verdict: "skipped", detail: "the output is too long" };
      throw e;
    }
    if (typeof runs === "string") return { verdict: "mismatch", kind: "rejected", detail: runs, expected };
    got[`O${level}`] = runs[0];
    if (!same(runs[0], runs[1])) return { verdict: "mismatch", kind: "nondeterministic", detail: `-O${level}: a second run gave another result`, expected, got: { first: runs[0], second: runs[1] } };
    if (runs[0].fault?.startsWith("error:")) return { verdict: "mismatch", kind: "error", detail: runs[0].fault, expected, got };
  }
  const outcomes = Object.values(got);
  if (!outcomes.every((o) => same(o, outcomes[0]))) return { verdict: "mismatch", kind: "levels", expected, got };
  if (!same(outcomes[0], expected)) return { verdict: "mismatch", kind: "output", expected, got };
  return { verdict: "same" };
}

/** Program `index` of campaign `seed`. */
export function generated(cat: Catalog, seed: number, index: number): Program {
  return generateProgram(randomFor(seed, index), cat);
}

/** Remove statements (and whole functions) while the program still mismatches the same way. */
export async function shrink(p: Program, still: (q: Program) => Promise<boolean>, budget = 300): Promise<Program> {
  let best = p;
  for (let changed = true; changed && budget > 0;) {
    changed = false;
    for (const candidate of removals(best)) {
      if (budget-- <= 0) break;
      if (await still(candidate)) { best = candidate; changed = true; break; }
    }
  }
  return best;
}

/** Every program with one statement list shorter by one statement, or one function fewer. */
function* removals(p: Program): Generator<Program> {
  for (let i = 0; i < p.fns.length; i++) yield { ...p, fns: p.fns.filter((_, j) => j !== i) };
  for (const main of without(p.main)) yield { ...p, main };
  for (let i = 0; i < p.fns.length; i++) {
    for (const body of without(p.fns[i].body)) yield { ...p, fns: p.fns.map((f, j) => (j === i ? { ...f, body } : f)) };
  }
}

function* without(ss: Stmt[]): Generator<Stmt[]> {
  for (let i = 0; i < ss.length; i++) yield [...ss.slice(0, i), ...ss.slice(i + 1)];
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i];
    const nested: [string, Stmt[]][] = s.s === "if" ? [["then", s.then], ...(s.else ? [["else", s.else] as [string, Stmt[]]] : [])] : s.s === "for" || s.s === "while" ? [["body", s.body]] : [];
    for (const [key, inner] of nested) {
      if (inner.length < 2) continue;
      for (const shorter of without(inner)) yield [...ss.slice(0, i), { ...s, [key]: shorter } as Stmt, ...ss.slice(i + 1)];
    }
  }
}

function count(ss: Stmt[]): number {
  return ss.reduce((n, s) => n + 1 + (s.s === "if" ? count(s.then) + count(s.else ?? []) : s.s === "for" || s.s === "while" ? count(s.body) : 0), 0);
}

let cat: Catalog | undefined;

export async function diffJob(job: DiffJob, enter: (phase: string) => void = () => {}): Promise<DiffReply> {
  await prepare();
  cat ??= catalog(await loadRooms());
  enter("run");
  let p = generated(cat, job.seed, job.index);
  const v = await diffProgram(p, cat);
  if (v.verdict === "mismatch" && job.minimize) {
    enter("minimize");
    // the same kind of mismatch; a rejection with the same first line (not some other error)
    const shape = (x: Verdict) => `${x.kind}: ${x.kind === "rejected" ? (x.detail ?? "").split("\n")[0] : ""}`;
    p = await shrink(p, async (q) => { try { return shape(await diffProgram(q, cat!)) === shape(v); } catch { return false; } });
    const small = await diffProgram(p, cat);
    return { ...small, source: source(p), statements: count(p.main) + p.fns.reduce((n, f) => n + count(f.body), 0) };
  }
  return { ...v, source: source(p), statements: count(p.main) + p.fns.reduce((n, f) => n + count(f.body), 0) };
}

export const ROLE = "ideo-difftest";
export const DIFF_WORKER = workerScript(import.meta.url, "diff.js", "fuzz/diff.js");

if (isSandboxWorker(ROLE)) serve<DiffJob, DiffReply>(diffJob);
