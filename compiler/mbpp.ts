// MBPP runner: checks the Ideo solutions in a folder against MultiPL-E's JavaScript translation of
// MBPP's tests, and measures their size in tokens against MBPP's reference Python.
//
// The corpus is read at run time from the directory given (it is never copied into the project):
//   <corpus>/mbpp.jsonl                        task_id, text, code (reference Python), test_list
//   <corpus>/multipl-e/mbpp-js-reworded.jsonl  name (mbpp_<id>_<entry>), tests (node:assert in test())
// A solution is <solutions>/<task_id>.ideo and must export <entry>, the function the tests call.
import assert from "node:assert";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "./index.js";
import { countTokens } from "./tokens/count.js";
import { ROOT } from "./paths.js";

/** Where the corpus is looked for: $IDEO_MBPP, else ../shared/corpora/mbpp beside the project. */
export const MBPP_CORPUS = process.env.IDEO_MBPP || join(ROOT, "..", "shared", "corpora", "mbpp");
/** How to get it, for messages when it is absent. */
export const MBPP_HOW = "set IDEO_MBPP to a folder holding mbpp.jsonl (google-research/mbpp) and multipl-e/mbpp-js-reworded.jsonl (nuprl/MultiPL-E), or place it at ../shared/corpora/mbpp";

export interface MbppTask {
  taskId: number;
  /** MultiPL-E's name, `mbpp_<id>_<entry>`. */
  name: string;
  /** The function the tests bind to `candidate`. */
  entry: string;
  /** The body of MultiPL-E's `test()` function. */
  tests: string;
  /** MBPP's reference Python solution (CRLF normalized to LF). */
  python: string;
}

export interface MbppResult {
  taskId: number;
  entry: string;
  file: string;
  passed: boolean;
  /** Why it failed: the compile diagnostics, a missing export, a fault, or the failing assertion. */
  error?: string;
  /** o200k_base tokens of the Ideo solution (whole-line comments and blank lines left out). */
  ideoTokens: number;
  /** o200k_base tokens of MBPP's reference Python. */
  pythonTokens: number;
  /** ideoTokens / pythonTokens. */
  ratio: number;
  ms: number;
}

export interface MbppReport {
  results: MbppResult[];
  attempted: number;
  passed: number;
  /** Over the passing solutions. */
  medianRatio: number;
  geomeanRatio: number;
}

export interface MbppOptions {
  /** Only these task ids. */
  only?: number[];
  /** Binaryen optimization level for compiling the solutions (default 2, as the API). */
  optimize?: 0 | 1 | 2 | 3 | "s" | "z";
}

export function readJsonl(path: string): any[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
}

/** The task as a model sees it in the blind benchmark and as the card is ranked for it: MBPP's
 *  words, the TypeScript signature (argument and result types), and the first of the hidden tests as
 *  an example of a call and its result. */
export function mbppDescriber(corpusDir: string): (t: MbppTask) => string {
  const words = new Map(readJsonl(join(corpusDir, "mbpp.jsonl")).map((r) => [Number(r.task_id), String(r.text)]));
  const ts = new Map(readJsonl(join(corpusDir, "multipl-e", "mbpp-ts-reworded.jsonl")).map((r) => [r.name as string, r.prompt as string]));
  return (t) => {
    const sig = /function\s+[\w$]+\s*(\([^)]*\)\s*(?::\s*[^{]+)?)\{/.exec(ts.get(t.name) ?? "");
    const example = /assert\.deepEqual\(candidate\((.*)\),\s*(.*)\);\s*$/m.exec(t.tests);
    let description = (words.get(t.taskId) ?? `Write ${t.entry}.`).replace(/\b(a |an )?[Pp]ython (function|program)\b/g, "a function").trim();
    if (sig) description += `\nThe tests call it from JavaScript as ${t.entry}${sig[1].trim()}.`;
    if (example) description += `\nFor example, ${t.entry}(${example[1]}) returns ${example[2]}.`;
    return description;
  };
}

/** The tasks MultiPL-E translated, keyed by task id, joined with MBPP's reference Python. */
export function loadMbppTasks(corpusDir: string): Map<number, MbppTask> {
  const mbppFile = join(corpusDir, "mbpp.jsonl");
  const jsFile = join(corpusDir, "multipl-e", "mbpp-js-reworded.jsonl");
  for (const f of [mbppFile, jsFile]) if (!existsSync(f)) throw new Error(`MBPP corpus file not found: ${f}`);
  const python = new Map<number, string>();
  for (const r of readJsonl(mbppFile)) python.set(Number(r.task_id), String(r.code).replace(/\r\n/g, "\n"));
  const tasks = new Map<number, MbppTask>();
  for (const r of readJsonl(jsFile)) {
    const m = /^mbpp_(\d+)_(.+)$/.exec(r.name);
    if (!m) continue;
    const taskId = Number(m[1]);
    const body = /function test\(\) \{\n([\s\S]*)\n\}\n/.exec(r.tests);
    if (!body) throw new Error(`${r.name}: unexpected test shape`);
    tasks.set(taskId, { taskId, name: r.name, entry: m[2], tests: body[1], python: python.get(taskId) ?? "" });
  }
  return tasks;
}

/** The source that counts: whole-line comments and blank lines are not part of the solution. */
export function solutionText(source: string): string {
  return source.split("\n").filter((l) => l.trim() !== "" && !l.trimStart().startsWith("#")).join("\n");
}

/**
 * Run one test body with `candidate` bound to fn. The body's own `let candidate = <entry>;` line is
 * dropped; the body sees only `assert` and `candidate` (require, process and module are shadowed).
 */
export function runTestBody(body: string, candidate: (...args: unknown[]) => unknown): void {
  const code = body.replace(/^\s*let candidate = [\w$]+;\s*$/m, "");
  const f = new Function("assert", "candidate", "require", "process", "module", `"use strict";\n${code}`);
  f(assert, candidate, undefined, undefined, undefined);
}

export async function runMbppTask(task: MbppTask, file: string, source: string, opts: MbppOptions = {}): Promise<MbppResult> {
  const t0 = performance.now();
  const ideoTokens = countTokens(solutionText(source));
  const pythonTokens = countTokens(task.python);
  const base = { taskId: task.taskId, entry: task.entry, file, ideoTokens, pythonTokens, ratio: ideoTokens / pythonTokens };
  const done = (passed: boolean, error?: string): MbppResult => ({ ...base, passed, error, ms: performance.now() - t0 });
  let exports: Record<string, (...args: unknown[]) => unknown>;
  try {
    exports = await load(source, { file, optimize: opts.optimize, write: () => {} });
  } catch (e) {
    return done(false, `compile: ${e instanceof Error ? e.message : String(e)}`);
  }
  const fn = exports[task.entry];
  if (!fn) return done(false, `no export named ${task.entry} (exports: ${Object.keys(exports).join(", ")})`);
  try {
    runTestBody(task.tests, fn);
  } catch (e) {
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return done(false, msg);
  }
  return done(true);
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function geomean(xs: number[]): number {
  if (xs.length === 0) return NaN;
  return Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}

/** Every <task_id>.ideo in solutionsDir, run against its MultiPL-E tests. */
export async function runMbpp(corpusDir: string, solutionsDir: string, opts: MbppOptions = {}): Promise<MbppReport> {
  const tasks = loadMbppTasks(corpusDir);
  const files = readdirSync(solutionsDir)
    .filter((f) => /^\d+\.ideo$/.test(f))
    .sort((a, b) => parseInt(a) - parseInt(b))
    .filter((f) => !opts.only || opts.only.includes(parseInt(f)));
  const results: MbppResult[] = [];
  for (const f of files) {
    const id = parseInt(f);
    const task = tasks.get(id);
    const file = join(solutionsDir, f);
    const source = readFileSync(file, "utf8");
    if (!task) {
      results.push({ taskId: id, entry: "?", file, passed: false, error: `task ${id} is not in MultiPL-E's MBPP`, ideoTokens: countTokens(solutionText(source)), pythonTokens: 0, ratio: NaN, ms: 0 });
      continue;
    }
    results.push(await runMbppTask(task, file, source, opts));
  }
  const ok = results.filter((r) => r.passed);
  return {
    results,
    attempted: results.length,
    passed: ok.length,
    medianRatio: median(ok.map((r) => r.ratio)),
    geomeanRatio: geomean(ok.map((r) => r.ratio)),
  };
}
