// The feature corpus (examples/features/<name>/): discovery, the shared vectors, comparing results
// by the feature's Ideo types, and running child processes a few at a time.
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { ROOT } from "../../../compiler/paths.js";
import { Type, show } from "../../../compiler/types.js";

export const FEATURES_DIR = join(ROOT, "examples", "features");
export const SUPPORT_DIR = join(ROOT, "tests", "support", "features");
export const FILES = ["feature.ideo", "feature.py", "feature.ts", "feature.c", "feature.wat", "tests.json"] as const;

export interface Case { args: unknown[]; expected: unknown }
export interface Feature { name: string; dir: string; fn: string; cases: Case[] }
/** The signature of the feature's function, from its Ideo solution. */
export interface Sig { params: Type[]; result: Type }
/** One case's outcome in one representation. */
export type Outcome = { ok: unknown } | { error: string };

export function discover(): Feature[] {
  if (!existsSync(FEATURES_DIR)) return [];
  return readdirSync(FEATURES_DIR)
    .filter((d) => statSync(join(FEATURES_DIR, d)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(FEATURES_DIR, name);
      const vectors = existsSync(join(dir, "tests.json")) ? JSON.parse(readFileSync(join(dir, "tests.json"), "utf8")) : { fn: "", cases: [] };
      return { name, dir, fn: vectors.fn, cases: vectors.cases };
    });
}

export const source = (f: Feature, file: (typeof FILES)[number]): string => readFileSync(join(f.dir, file), "utf8");

/** Structural equality by type: ints and strings exactly, floats to a relative 1e-9. */
export function same(t: Type, want: unknown, got: unknown): boolean {
  switch (t.kind) {
    case "int":
      return (typeof got === "number" || typeof got === "bigint") && BigInt(got) === BigInt(want as number);
    case "float": {
      if (typeof got !== "number" || typeof want !== "number") return false;
      return got === want || Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
    }
    case "array":
      return Array.isArray(got) && Array.isArray(want) && got.length === want.length && want.every((w, i) => same(t.elem, w, got[i]));
    case "tuple":
      return Array.isArray(got) && Array.isArray(want) && got.length === t.items.length && t.items.every((it, i) => same(it, want[i], got[i]));
    default:
      return got === want;
  }
}

/** Every case whose outcome differs from the vector, described for the test report. */
export function mismatches(f: Feature, sig: Sig, outcomes: Outcome[]): string[] {
  if (outcomes.length !== f.cases.length) return [`${outcomes.length} results for ${f.cases.length} cases`];
  const first = outcomes[0];
  if (first && "error" in first && outcomes.every((o) => "error" in o && o.error === first.error)) return [`every case failed: ${first.error}`];
  const bad: string[] = [];
  f.cases.forEach((c, i) => {
    const o = outcomes[i];
    const call = `${f.fn}(${c.args.map((a) => JSON.stringify(a)).join(", ")})`;
    if ("error" in o) bad.push(`case ${i}: ${call} failed: ${o.error}`);
    else if (!same(sig.result, c.expected, o.ok)) bad.push(`case ${i}: ${call} gave ${json(o.ok)}, expected ${json(c.expected)} (${show(sig.result)})`);
  });
  return bad;
}

const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === "bigint" ? x.toString() : x));

/** Run a command with input on stdin; resolves with its output (never rejects). */
export function run(cmd: string, args: string[], input = "", timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", (e) => { clearTimeout(timer); resolve({ code: -1, stdout, stderr: stderr + String(e) }); });
    child.on("close", (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    child.stdin.on("error", () => {}); // a program that exits without reading its input
    child.stdin.end(input);
  });
}

/** A limiter: at most `n` of the given tasks run at once. */
export function limiter(n = Math.max(2, cpus().length)) {
  let active = 0;
  const queue: (() => void)[] = [];
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const go = () => {
        active++;
        task().then(resolve, reject).finally(() => {
          active--;
          queue.shift()?.();
        });
      };
      if (active < n) go();
      else queue.push(go);
    });
}

/** Outcomes parsed from a driver's JSON output, or the same error for every case. */
export function parseOutcomes(r: { code: number | null; stdout: string; stderr: string }, n: number): Outcome[] {
  try {
    const out = JSON.parse(r.stdout);
    if (Array.isArray(out) && out.length === n) return out;
  } catch { /* reported below */ }
  const why = `exit ${r.code}: ${(r.stderr || r.stdout).trim().slice(0, 2000)}`;
  return Array.from({ length: n }, () => ({ error: why }));
}
