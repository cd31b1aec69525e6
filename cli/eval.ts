// `ideo eval TASKS.jsonl`: how well an LLM writes Ideo when the compiler answers back. For each task
// the model gets the card (ranked for the task) and the task; its program is compiled and the task's
// JavaScript tests run against the exported function; on failure the model sees the diagnostics or
// the failing assertion and tries again, up to --repairs times. The report gives pass@1, the pass
// rate after repairs, the repairs used and the tokens sent and received (o200k_base).
import type { Command } from "commander";
import { existsSync, readFileSync } from "node:fs";
import { countTokens } from "../compiler/tokens/count.js";
import { solutionText } from "../compiler/mbpp.js";
import { promptCard } from "./mcp-tools.js";
import { TestRunner, type TestReply } from "./eval-worker.js";
import {
  clip, endpointLlm, extractProgram, folderLlm, repairMessage, shellLlm, systemMessage, taskMessage,
  type FailureKind, type Llm, type Message,
} from "./eval-llm.js";

export interface EvalTask {
  id: string;
  description: string;
  /** The function the tests call. */
  entry: string;
  /** The JavaScript test body: uses `candidate` and `assert`. */
  tests: string;
  /** A reference solution in another language (MBPP's Python): the yardstick for the program's tokens. */
  reference?: string;
}

/** A mistake in how the command was called or in the task file: exit code 2. */
export class EvalUsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Tasks

/**
 * The body of a MultiPL-E test file (`const assert = require(…)`, `function test() {…}`, `test();`),
 * or the text itself when it is already a body; a `require` of node:assert is dropped either way.
 */
export function testBody(tests: string): string {
  const m = /function\s+test\s*\(\s*\)\s*\{\n?([\s\S]*)\n?\}\s*(?:test\(\);?\s*)?$/.exec(tests.trim());
  const body = m ? m[1] : tests;
  return body.replace(/^\s*(const|let|var)\s+assert\s*=\s*require\(\s*['"](node:)?assert['"]\s*\);?\s*$/gm, "");
}

/** A MultiPL-E prompt as a task description: its comment lines, then the JavaScript signature. */
export function describePrompt(prompt: string): string {
  const lines = prompt.replace(/\r\n/g, "\n").split("\n");
  const words = lines.filter((l) => /^\s*\/\//.test(l)).map((l) => l.replace(/^\s*\/\/\s?/, "")).join("\n").trim();
  const sig = /function\s+([\w$]+)\s*\(([^)]*)\)/.exec(prompt);
  return sig ? `${words}\nThe tests call it as ${sig[1]}(${sig[2].trim()}).` : words;
}

/** Tasks from JSON Lines: `{id, description, entry, tests}`, or MultiPL-E rows `{name, prompt, tests}`. */
export function parseTasks(text: string, file = "tasks"): EvalTask[] {
  const tasks: EvalTask[] = [];
  const seen = new Set<string>();
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let row: any;
    try { row = JSON.parse(line); } catch { throw new EvalUsageError(`${where}: not a JSON object`); }
    if (!row || typeof row !== "object" || Array.isArray(row)) throw new EvalUsageError(`${where}: not a JSON object`);
    let { id, description, entry } = row;
    if (entry === undefined && typeof row.name === "string") {
      // MultiPL-E: mbpp_<n>_<entry>, HumanEval_<n>_<entry>
      const m = /^[A-Za-z]+_\d+_(.+)$/.exec(row.name);
      if (m) entry = m[1];
    }
    if (id === undefined) id = row.name ?? row.task_id ?? `${i + 1}`;
    if (description === undefined && typeof row.prompt === "string") description = describePrompt(row.prompt);
    if (typeof description !== "string" || !description.trim()) throw new EvalUsageError(`${where}: no "description" (or MultiPL-E "prompt")`);
    if (typeof entry !== "string" || !/^[A-Za-z_][\w]*$/.test(entry)) throw new EvalUsageError(`${where}: no "entry" naming the function the tests call (or a MultiPL-E "name")`);
    if (typeof row.tests !== "string" || !row.tests.trim()) throw new EvalUsageError(`${where}: no "tests" (a JavaScript test body using candidate and assert)`);
    id = String(id);
    if (seen.has(id)) throw new EvalUsageError(`${where}: the id ${JSON.stringify(id)} is used twice`);
    seen.add(id);
    if (row.reference !== undefined && typeof row.reference !== "string") throw new EvalUsageError(`${where}: "reference" is not a string`);
    tasks.push({ id, description, entry, tests: testBody(row.tests), ...(row.reference ? { reference: row.reference } : {}) });
  });
  return tasks;
}

// ---------------------------------------------------------------------------------------------
// Running

export type AttemptKind = "pass" | FailureKind;

export interface Attempt {
  kind: AttemptKind;
  /** The diagnostics, the failing assertion, the fault, or why no answer came. */
  message?: string;
  tokensIn: number;
  tokensOut: number;
  ms: number;
}

export interface TaskResult {
  id: string;
  entry: string;
  passedFirst: boolean;
  passed: boolean;
  /** Attempts after the first. */
  repairs: number;
  /** o200k_base tokens of everything sent to the model for this task, over all its turns. */
  tokensIn: number;
  /** o200k_base tokens of everything the model answered. */
  tokensOut: number;
  attempts: Attempt[];
  /** The last program the model gave. */
  program: string;
  /** o200k_base tokens of the first program and of the last, whole-line comments and blank lines left out. */
  firstTokens: number;
  lastTokens: number;
  /** firstTokens over the reference solution's tokens, when the task has one. */
  ratio?: number;
}

export interface EvalSummary {
  tasks: number;
  passedFirst: number;
  passed: number;
  passAt1: number;
  passAfterRepairs: number;
  meanRepairs: number;
  meanTokensIn: number;
  meanTokensOut: number;
  repairsAllowed: number;
  budget: number | null;
  model: string;
  /** Over the tasks with a reference whose first attempt passed: the median and geometric mean of
   *  the program's tokens over the reference's (o200k_base), and how many tasks that is. */
  ratioTasks: number;
  medianRatio: number | null;
  geomeanRatio: number | null;
}

export interface EvalReport {
  tasks: TaskResult[];
  summary: EvalSummary;
}

export interface EvalOptions {
  llm: Llm;
  /** Repairs allowed after a failed first attempt. */
  repairs: number;
  /** The card's token budget; the whole card when absent. */
  budget?: number;
  /** Time limit for running one program's tests. */
  testTimeoutMs: number;
  /** One line per event, for stderr. */
  progress?: (line: string) => void;
}

/** The model's answer as the assistant turn: cut if huge, never empty. */
const MAX_ASSISTANT = 8000;

async function checkProgram(program: string, task: EvalTask, runner: TestRunner, timeoutMs: number): Promise<{ kind: AttemptKind; message?: string }> {
  const reply: TestReply = await runner.run({ source: program, entry: task.entry, tests: task.tests }, timeoutMs);
  const warnings = reply.warnings ? `\n\nThe compiler also warns:\n${reply.warnings}` : "";
  return reply.kind === "pass" ? { kind: "pass" } : { kind: reply.kind, message: `${reply.message ?? ""}${warnings}` };
}

export async function evalTask(task: EvalTask, card: string, opts: EvalOptions, runner: TestRunner): Promise<TaskResult> {
  const messages: Message[] = [
    { role: "system", content: systemMessage(card) },
    { role: "user", content: taskMessage(task.description, task.entry) },
  ];
  const attempts: Attempt[] = [];
  let program = "", first = "";
  for (let n = 1; n <= opts.repairs + 1; n++) {
    const t0 = performance.now();
    const reply = await opts.llm.complete(messages, { task: task.id, attempt: n });
    if (reply.done && n > 1) break;
    const tokensIn = countTokens(reply.sent);
    const tokensOut = countTokens(reply.text);
    let outcome: { kind: AttemptKind; message?: string };
    if (reply.error) {
      program = "";
      outcome = { kind: "llm", message: reply.error };
    } else {
      program = extractProgram(reply.text);
      if (n === 1) first = program;
      outcome = program.trim() ? await checkProgram(program, task, runner, opts.testTimeoutMs) : { kind: "empty", message: "the answer held no program" };
    }
    attempts.push({ ...outcome, tokensIn, tokensOut, ms: Math.round(performance.now() - t0) });
    opts.progress?.(`  attempt ${n}: ${outcome.kind}${outcome.message ? ` — ${firstLine(outcome.message)}` : ""}`);
    if (outcome.kind === "pass") break;
    messages.push({ role: "assistant", content: printable(clip(reply.text, MAX_ASSISTANT)) || "(no answer)" });
    messages.push({ role: "user", content: repairMessage(outcome.kind as FailureKind, outcome.message ?? "", task.entry) });
  }
  const passed = attempts[attempts.length - 1].kind === "pass";
  const firstTokens = countTokens(solutionText(first)), lastTokens = countTokens(solutionText(program));
  return {
    id: task.id,
    entry: task.entry,
    passedFirst: attempts[0].kind === "pass",
    passed,
    repairs: attempts.length - 1,
    tokensIn: attempts.reduce((a, x) => a + x.tokensIn, 0),
    tokensOut: attempts.reduce((a, x) => a + x.tokensOut, 0),
    attempts,
    program,
    firstTokens,
    lastTokens,
    ...(task.reference ? { ratio: firstTokens / countTokens(task.reference) } : {}),
  };
}

/** Control characters (NUL and the like from a binary answer) as U+FFFD, so the conversation stays text. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\ufffd");
}

function firstLine(text: string): string {
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

export function summarize(results: TaskResult[], opts: { repairs: number; budget?: number; model: string }): EvalSummary {
  const n = results.length;
  const mean = (f: (r: TaskResult) => number) => (n ? results.reduce((a, r) => a + f(r), 0) / n : 0);
  const passedFirst = results.filter((r) => r.passedFirst).length;
  const passed = results.filter((r) => r.passed).length;
  const ratios = results.filter((r) => r.passedFirst && r.ratio !== undefined).map((r) => r.ratio!).sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  return {
    tasks: n,
    passedFirst,
    passed,
    passAt1: n ? passedFirst / n : 0,
    passAfterRepairs: n ? passed / n : 0,
    meanRepairs: mean((r) => r.repairs),
    meanTokensIn: mean((r) => r.tokensIn),
    meanTokensOut: mean((r) => r.tokensOut),
    repairsAllowed: opts.repairs,
    budget: opts.budget ?? null,
    model: opts.model,
    ratioTasks: ratios.length,
    medianRatio: ratios.length ? (ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2) : null,
    geomeanRatio: ratios.length ? Math.exp(ratios.reduce((a, x) => a + Math.log(x), 0) / ratios.length) : null,
  };
}

/** Every task in order; one card per task, ranked for its description. */
export async function runEval(tasks: EvalTask[], opts: EvalOptions): Promise<EvalReport> {
  const runner = new TestRunner();
  const results: TaskResult[] = [];
  try {
    for (const [i, task] of tasks.entries()) {
      opts.progress?.(`[${i + 1}/${tasks.length}] ${task.id}`);
      const card = await cardFor(task, opts.budget);
      const r = await evalTask(task, card, opts, runner);
      opts.progress?.(`  ${r.passed ? `passed${r.repairs ? ` after ${r.repairs} repair${r.repairs === 1 ? "" : "s"}` : " at the first try"}` : "failed"}`);
      results.push(r);
    }
  } finally {
    await runner.close();
  }
  return { tasks: results, summary: summarize(results, { repairs: opts.repairs, budget: opts.budget, model: opts.llm.label }) };
}

async function cardFor(task: EvalTask, budget: number | undefined): Promise<string> {
  try {
    const card = (await promptCard(budget, task.description, "o200k_base")).text!;
    // the card's last line points MCP clients at their tools; a model under eval has none
    return card.replace(/^(# \d+ more blocks?)\b.*$/m, "$1 are not listed here");
  } catch (e) {
    throw new EvalUsageError((e as Error).message);
  }
}

// ---------------------------------------------------------------------------------------------
// The report

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function renderReport(report: EvalReport): string {
  const header = ["task", "entry", "pass@1", "passed", "repairs", "tokens in", "tokens out", "last failure"];
  const rows = report.tasks.map((r) => {
    const last = r.attempts[r.attempts.length - 1];
    return [r.id, r.entry, r.passedFirst ? "yes" : "no", r.passed ? "yes" : "no", String(r.repairs), String(r.tokensIn), String(r.tokensOut),
      last.kind === "pass" ? "" : `${last.kind}: ${firstLine(last.message ?? "").slice(0, 60)}`];
  });
  const numeric = new Set([4, 5, 6]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (c: string[]) => c.map((x, i) => (numeric.has(i) ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const s = report.summary;
  return [
    line(header), rule, ...rows.map(line), "",
    `tasks: ${s.tasks}  (model: ${s.model}; card budget: ${s.budget ?? "whole card"}; up to ${s.repairsAllowed} repair${s.repairsAllowed === 1 ? "" : "s"})`,
    `pass@1: ${s.passedFirst}/${s.tasks} (${pct(s.passAt1)})`,
    `passed after repairs: ${s.passed}/${s.tasks} (${pct(s.passAfterRepairs)})`,
    `mean repairs: ${s.meanRepairs.toFixed(2)}`,
    `mean tokens per task (o200k_base): ${s.meanTokensIn.toFixed(0)} in, ${s.meanTokensOut.toFixed(0)} out`,
    ...(s.ratioTasks ? [`program tokens over the reference's, first attempts that passed (${s.ratioTasks}): median ${s.medianRatio!.toFixed(3)}, geometric mean ${s.geomeanRatio!.toFixed(3)}`] : []),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// The command

function positiveInt(value: string | undefined, option: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new EvalUsageError(`${option} takes a whole number${min === 0 ? "" : " above 0"}, not '${value}'`);
  return n;
}

interface EvalCliOptions {
  llm?: string; endpoint?: string; solutions?: string; model?: string; keyEnv: string; temperature?: string;
  repairs: string; budget?: string; timeout: string; llmTimeout: string; llmInput: string;
  limit?: string; json?: boolean; verbose?: boolean;
}

export function evalCommand(program: Command): void {
  program.command("eval")
    .description("measure how well an LLM writes Ideo: pass@1, pass after compiler-feedback repairs, tokens")
    .argument("<tasks>", "a JSON Lines file: {id, description, entry, tests} or MultiPL-E rows {name, prompt, tests}")
    .option("--llm <command>", "the model as a shell command (run with sh -c): the conversation on stdin, its answer on stdout")
    .option("--endpoint <url>", "the model as an OpenAI-compatible chat-completions endpoint (…/v1 or …/v1/chat/completions)")
    .option("--solutions <dir>", "score solutions already written: DIR/<id>.ideo is the first attempt, DIR/<id>.repair1.ideo the next, …")
    .option("--model <name>", "with --endpoint: the model name")
    .option("--key-env <var>", "with --endpoint: the environment variable holding the API key", "OPENAI_API_KEY")
    .option("--temperature <t>", "with --endpoint: the sampling temperature (not sent unless given)")
    .option("--repairs <k>", "repairs allowed after a failed first attempt", "2")
    .option("--budget <n>", "fit the card in N o200k_base tokens (default: the whole card)")
    .option("--timeout <ms>", "time limit for running one program's tests", "5000")
    .option("--llm-timeout <ms>", "time limit for one answer of the model", "300000")
    .option("--llm-input <format>", "with --llm: the conversation as text (headed turns) or json ({messages})", "text")
    .option("--limit <n>", "only the first N tasks")
    .option("--json", "print {tasks: [...], summary: {...}}")
    .option("--verbose", "with --llm: pass the command's stderr through")
    .addHelpText("after", `
The model gets the card (ideo prompt, ranked for each task) and the task, and answers
with a program (a fenced block is fine). It is compiled and the task's tests run
against the function named by "entry"; on failure the model gets the diagnostics or
the failing assertion and tries again, up to --repairs times. A --llm command sees
IDEO_EVAL_TASK and IDEO_EVAL_ATTEMPT (1, then 2 for the first repair) in its
environment. Tokens are o200k_base counts of what was sent and what came back.
Exit code 0 when the run completed, whatever passed; 2 for usage errors.

Examples:
  $ ideo eval tasks.jsonl --llm "llm -m gpt-4o-mini" --budget 2000
  $ ideo eval tasks.jsonl --llm "ollama run qwen2.5-coder:7b" --repairs 3 --json > report.json
  $ ideo eval tasks.jsonl --endpoint https://api.openai.com/v1 --model gpt-4o-mini
  $ ideo eval mbpp-js-reworded.jsonl --limit 20 --endpoint http://localhost:11434/v1 --model qwen3:8b
  $ ideo eval eval/runs/2026-12-07/dev/tasks.jsonl --solutions eval/runs/2026-12-07/dev/solutions --json`)
    .action(async (file: string, opts: EvalCliOptions) => {
      try {
        const report = await evalFromCli(file, opts);
        console.log(opts.json ? JSON.stringify(report, null, 1) : renderReport(report));
      } catch (e) {
        if (!(e instanceof EvalUsageError)) throw e;
        console.error(`error: ${e.message}`);
        process.exitCode = 2;
      }
    });
}

async function evalFromCli(file: string, opts: EvalCliOptions): Promise<EvalReport> {
  const sources = [opts.llm, opts.endpoint, opts.solutions].filter((x) => x !== undefined).length;
  if (!sources) throw new EvalUsageError("no model: give --llm \"<shell command>\", --endpoint URL --model NAME, or --solutions DIR");
  if (sources > 1) throw new EvalUsageError("give one of --llm, --endpoint and --solutions");
  if (opts.solutions !== undefined && !existsSync(opts.solutions)) throw new EvalUsageError(`--solutions: no folder ${opts.solutions}`);
  if (opts.endpoint && !opts.model) throw new EvalUsageError("--endpoint needs --model NAME");
  if (opts.llmInput !== "text" && opts.llmInput !== "json") throw new EvalUsageError(`--llm-input is text or json, not '${opts.llmInput}'`);
  const repairs = positiveInt(opts.repairs, "--repairs", 0)!;
  const budget = positiveInt(opts.budget, "--budget");
  const testTimeoutMs = positiveInt(opts.timeout, "--timeout")!;
  const llmTimeoutMs = positiveInt(opts.llmTimeout, "--llm-timeout")!;
  const limit = positiveInt(opts.limit, "--limit");
  let temperature: number | undefined;
  if (opts.temperature !== undefined) {
    temperature = Number(opts.temperature);
    if (!Number.isFinite(temperature) || temperature < 0) throw new EvalUsageError(`--temperature takes a number from 0, not '${opts.temperature}'`);
  }
  let text: string;
  try { text = readFileSync(file, "utf8"); } catch (e) {
    throw new EvalUsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  let tasks = parseTasks(text, file);
  if (!tasks.length) throw new EvalUsageError(`${file} holds no tasks`);
  if (limit !== undefined) tasks = tasks.slice(0, limit);

  const llm: Llm = opts.solutions !== undefined ? folderLlm(opts.solutions) : opts.llm
    ? shellLlm(opts.llm, { timeoutMs: llmTimeoutMs, input: opts.llmInput as "text" | "json", stderr: opts.verbose ? (s) => process.stderr.write(s) : undefined })
    : endpointLlm({ url: opts.endpoint!, model: opts.model!, apiKey: process.env[opts.keyEnv] || undefined, temperature, timeoutMs: llmTimeoutMs });
  if (opts.endpoint && !process.env[opts.keyEnv]) console.error(`note: ${opts.keyEnv} is not set; sending no API key`);
  return runEval(tasks, { llm, repairs, budget, testTimeoutMs, progress: (line) => console.error(line) });
}
