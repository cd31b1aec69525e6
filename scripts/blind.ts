// The blind benchmark (docs/llm.md, "The blind benchmark"): what a model writes from the card alone.
//
//   npm run blind -- draw                      draw the development and test slices once (eval/slices.json)
//   npm run blind -- draw fresh                add the fresh slice: 60 more development tasks, the next
//                                              ones of the same shuffle, for frictions no card was tuned to
//   npm run blind -- prepare SLICE DIR [--budget N]
//                                              write, for each task of the slice, what the model sees —
//                                              the card ranked for the task (2000 tokens unless N) and the
//                                              task — to DIR/<id>.md, outside the project (the corpus is not
//                                              copied in)
//   npm run blind -- score RUN [SLICE...]      score RUN/<slice>/solutions/<id>.ideo against the hidden
//                                              tests; writes RUN/<slice>/scores.json and prints a summary
//   npm run blind -- fixed RUN [SLICE...]      the same after `ideo fix` (the warnings' shorter forms):
//                                              RUN/<slice>/fixed/ and RUN/<slice>/scores-fixed.json
//   npm run blind -- report                    the table of every run in docs/llm.md, from the scores
//   npm run blind -- expert SLICE              the same scores for the expert corpus (examples/mbpp) on
//                                              the slice's tasks that it solves: the yardstick a run is
//                                              compared with
//
// The corpus is read from $IDEO_MBPP or ../shared/corpora/mbpp. A model under test sees only the .md
// files of `prepare`; its answers go to eval/runs/<date>/<slice>/solutions/. The test slice is frozen:
// only its scores are read while the language, card or blocks change.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { MBPP_CORPUS, MBPP_HOW, loadMbppTasks, mbppDescriber } from "../compiler/mbpp.js";
import { runEval, type EvalTask } from "../cli/eval.js";
import { folderLlm, systemMessage, taskMessage } from "../cli/eval-llm.js";
import { CARD_VERSION, promptCard } from "../cli/mcp-tools.js";
import { countTokens } from "../compiler/tokens/count.js";
import { fixAll } from "../cli/fix.js";

const SLICES = join(ROOT, "eval", "slices.json");
const BUDGET = 2000;
const SEED = 20261207;

interface Slices { seed: number; drawn: string; pool: number; excluded: string; dev: number[]; test: number[]; fresh?: number[]; freshDrawn?: string }

/** Every slice, in the order the shuffle dealt them: dev, test, then fresh. */
const SLICE_NAMES = ["dev", "test", "fresh"] as const;

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}

function corpus() {
  if (!existsSync(MBPP_CORPUS)) fail(`the MBPP corpus is not at ${MBPP_CORPUS}: ${MBPP_HOW}`);
  return loadMbppTasks(MBPP_CORPUS);
}

/** mulberry32: a small seeded generator, so the draw can be repeated and checked. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tasks whose JavaScript tests no program can pass (SKIPPED.md, category "test") are not drawn. */
function unusable(): Set<number> {
  const text = readFileSync(join(ROOT, "examples", "mbpp", "SKIPPED.md"), "utf8");
  return new Set([...text.matchAll(/^- (\d+) \S+: test —/gm)].map((m) => Number(m[1])));
}

/** The usable tasks in the seeded shuffle every slice is dealt from. */
function shuffledPool(): { pool: number[]; bad: Set<number> } {
  const bad = unusable();
  const pool = [...corpus().keys()].filter((id) => !bad.has(id)).sort((a, b) => a - b);
  const next = random(SEED);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return { pool, bad };
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const today = () => new Date().toISOString().slice(0, 10);

function draw(which?: string): void {
  if (which === "fresh") return drawFresh();
  if (which) fail(`draw takes no slice or 'fresh', not '${which}'`);
  if (existsSync(SLICES)) fail(`${SLICES} exists: the slices are drawn once`);
  const { pool, bad } = shuffledPool();
  const slices: Slices = {
    seed: SEED, drawn: today(), pool: pool.length,
    excluded: `tasks whose tests cannot pass (SKIPPED.md, "test"): ${[...bad].sort((a, b) => a - b).join(", ")}`,
    dev: sorted(pool.slice(0, 60)), test: sorted(pool.slice(60, 160)),
  };
  writeFileSync(SLICES, JSON.stringify(slices, null, 1) + "\n");
  console.log(`drew ${slices.dev.length} development and ${slices.test.length} test tasks from ${pool.length}`);
}

/** The next 60 tasks of the same shuffle, after the test slice; the shuffle is dealt again and must
 *  give the recorded dev and test slices, so the three cannot overlap. */
function drawFresh(): void {
  const s = slices();
  if (s.fresh) fail(`${SLICES} has a fresh slice already: it is drawn once`);
  const { pool } = shuffledPool();
  const same = (a: number[], b: number[]) => a.join() === b.join();
  if (pool.length !== s.pool || !same(sorted(pool.slice(0, 60)), s.dev) || !same(sorted(pool.slice(60, 160)), s.test)) {
    fail("the corpus no longer deals the recorded dev and test slices, so a fresh slice could overlap them");
  }
  s.fresh = sorted(pool.slice(160, 220));
  s.freshDrawn = today();
  writeFileSync(SLICES, JSON.stringify(s, null, 1) + "\n");
  console.log(`drew ${s.fresh.length} fresh development tasks, the 161st to 220th of the shuffle`);
}

function slices(): Slices {
  if (!existsSync(SLICES)) fail(`no ${SLICES}: run \`npm run blind -- draw\` once`);
  return JSON.parse(readFileSync(SLICES, "utf8"));
}

function sliceIds(name: string): number[] {
  const s = slices();
  if (!(SLICE_NAMES as readonly string[]).includes(name)) fail(`a slice is ${SLICE_NAMES.join(", ")}, not '${name}'`);
  const ids = s[name as (typeof SLICE_NAMES)[number]];
  if (!ids) fail(`eval/slices.json has no ${name} slice: run \`npm run blind -- draw ${name}\``);
  return ids;
}

/** The task as a model sees it (compiler/mbpp.ts, `mbppDescriber`), with its hidden tests. */
export function blindTasks(ids: number[]): EvalTask[] {
  const tasks = corpus();
  const describe = mbppDescriber(MBPP_CORPUS);
  return ids.map((id) => {
    const t = tasks.get(id);
    if (!t) fail(`task ${id} is not in the corpus`);
    return { id: String(id), description: describe(t), entry: t.entry, tests: t.tests, reference: t.python };
  });
}

async function prepare(slice: string, dir: string, budget = BUDGET): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const tasks = blindTasks(sliceIds(slice));
  for (const task of tasks) {
    const card = (await promptCard(budget, task.description, "o200k_base")).text!.replace(/^(# \d+ more blocks?)\b.*$/m, "$1 are not listed here");
    writeFileSync(join(dir, `${task.id}.md`), `${systemMessage(card)}\n---\n\n${taskMessage(task.description, task.entry)}\n`);
  }
  console.log(`wrote ${tasks.length} task files for the ${slice} slice to ${dir} (card v${CARD_VERSION}, budget ${budget})`);
}

async function score(run: string, names: string[], fixed = false): Promise<void> {
  const which = names.length ? names : SLICE_NAMES.filter((s) => existsSync(join(run, s, "solutions")));
  if (!which.length) fail(`no ${run}/<${SLICE_NAMES.join("|")}>/solutions`);
  for (const slice of which) {
    let dir = join(run, slice, "solutions");
    if (!existsSync(dir)) fail(`no folder ${dir}`);
    if (fixed) dir = await fixFolder(dir, join(run, slice, "fixed"));
    const tasks = blindTasks(sliceIds(slice));
    const written = tasks.filter((t) => existsSync(join(dir, `${t.id}.ideo`))).length;
    process.stderr.write(`${slice}: ${written} of ${tasks.length} tasks have a solution\n`);
    let done = 0;
    const report = await runEval(tasks, {
      llm: folderLlm(dir), repairs: 3, budget: BUDGET, testTimeoutMs: 5000,
      progress: (line) => { if (/^\[\d+\//.test(line)) process.stderr.write(`\r${slice}: ${++done}/${tasks.length}`); },
    });
    process.stderr.write("\n");
    const runInfo = join(run, slice, "run.json");
    const info = existsSync(runInfo) ? JSON.parse(readFileSync(runInfo, "utf8")) : {};
    const s = report.summary;
    const out = {
      slice, card: info.card ?? null, tasks: s.tasks, solved: written,
      passAt1: s.passedFirst, passAfterRepairs: s.passed,
      medianRatio: s.medianRatio, geomeanRatio: s.geomeanRatio, ratioTasks: s.ratioTasks,
      results: report.tasks.map((r) => ({
        id: r.id, entry: r.entry, passedFirst: r.passedFirst, passed: r.passed, repairs: r.repairs,
        tokens: r.firstTokens, ratio: r.ratio === undefined ? null : Number(r.ratio.toFixed(4)),
        failure: r.passedFirst ? null : `${r.attempts[0].kind}: ${(r.attempts[0].message ?? "").split("\n")[0].slice(0, 160)}`,
      })),
    };
    writeFileSync(join(run, slice, fixed ? "scores-fixed.json" : "scores.json"), JSON.stringify(out, null, 1) + "\n");
    const pct = (n: number) => `${((100 * n) / s.tasks).toFixed(1)}%`;
    console.log(`${slice}${fixed ? " after ideo fix" : ""}: pass@1 ${s.passedFirst}/${s.tasks} (${pct(s.passedFirst)}), after repairs ${s.passed}/${s.tasks} (${pct(s.passed)}); ` +
      `tokens over Python, first attempts that passed (${s.ratioTasks}): median ${s.medianRatio?.toFixed(3)}, geometric mean ${s.geomeanRatio?.toFixed(3)}`);
  }
}

/** The expert corpus's scores on a slice: its solutions as a run's, for the tasks it has one of. */
async function expert(slice: string): Promise<void> {
  const dir = join(ROOT, "examples", "mbpp");
  const tasks = blindTasks(sliceIds(slice)).filter((t) => existsSync(join(dir, `${t.id}.ideo`)));
  const report = await runEval(tasks, { llm: folderLlm(dir), repairs: 0, budget: BUDGET, testTimeoutMs: 5000 });
  const s = report.summary;
  console.log(`examples/mbpp on the ${slice} slice: ${s.passedFirst}/${s.tasks} pass; tokens over Python (${s.ratioTasks}): median ${s.medianRatio?.toFixed(3)}, geometric mean ${s.geomeanRatio?.toFixed(3)}`);
}

/** Each first attempt after `ideo fix`, written to `to`. */
async function fixFolder(from: string, to: string): Promise<string> {
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from).filter((f) => /^\d+\.ideo$/.test(f))) {
    writeFileSync(join(to, f), (await fixAll(readFileSync(join(from, f), "utf8"))).text);
  }
  return to;
}

/** Run folders in date order, and card10 after card9 (numbers inside names compare as numbers). */
const byNumber = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

/** docs/llm.md's table of runs, between its blind markers, from each run's scores. */
function report(): void {
  const runsDir = join(ROOT, "eval", "runs");
  const rows: string[] = [];
  const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / d).toFixed(1)}%)`;
  const f3 = (x: number | null) => (x === null ? "–" : x.toFixed(3));
  for (const run of readdirSync(runsDir).sort(byNumber)) {
    for (const slice of SLICE_NAMES) {
      const dir = join(runsDir, run, slice);
      if (!existsSync(join(dir, "scores.json"))) continue;
      const info = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
      for (const [file, how] of [["scores.json", "as written"], ["scores-fixed.json", "after `ideo fix`"]]) {
        if (!existsSync(join(dir, file))) continue;
        const s = JSON.parse(readFileSync(join(dir, file), "utf8"));
        rows.push(`| ${run} | v${info.card?.version ?? "?"} | ${slice} | ${how} | ${pct(s.passAt1, s.tasks)} | ${f3(s.medianRatio)} | ${f3(s.geomeanRatio)} |`);
      }
    }
  }
  const changes = readdirSync(runsDir).sort(byNumber).map((run) => {
    // a run of one slice (a second set of writers on the test slice) records itself there
    const slice = SLICE_NAMES.find((sl) => existsSync(join(runsDir, run, sl, "run.json")));
    const info = slice ? JSON.parse(readFileSync(join(runsDir, run, slice, "run.json"), "utf8")) : {};
    return `- **${run}**: ${info.change ?? ""}`;
  });
  const table = ["| run | card | slice | solutions | pass@1 | median tokens / Python | geometric mean |", "|---|---|---|---|---|---|---|", ...rows, "", ...changes].join("\n");
  const doc = join(ROOT, "docs", "llm.md");
  const text = readFileSync(doc, "utf8");
  const start = "<!-- blind:start (npm run blind -- report) -->", end = "<!-- blind:end -->";
  const a = text.indexOf(start), b = text.indexOf(end);
  if (a < 0 || b < a) fail(`docs/llm.md has no ${start} … ${end} markers`);
  writeFileSync(doc, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`);
  console.log(`docs/llm.md: ${rows.length} rows`);
}

/** What a run records about the card its model learned from. */
export async function cardInfo(): Promise<Record<string, unknown>> {
  const { CARD_SYNTAX } = await import("../cli/mcp-tools.js");
  return { version: CARD_VERSION, budget: BUDGET, syntaxTokens: countTokens(CARD_SYNTAX) };
}

async function main(): Promise<void> {
  const [cmd, ...rest] = process.argv.slice(2);
  switch (cmd) {
    case "draw": return draw(rest[0]);
    case "prepare": {
      const at = rest.indexOf("--budget");
      const budget = at >= 0 ? Number(rest.splice(at, 2)[1]) : BUDGET;
      if (rest.length !== 2 || !(budget > 0)) fail("usage: npm run blind -- prepare dev|test|fresh DIR [--budget N]");
      return prepare(rest[0], rest[1], budget);
    }
    case "score": {
      if (!rest.length) fail("usage: npm run blind -- score eval/runs/<date> [dev|test|fresh]");
      return score(rest[0], rest.slice(1));
    }
    case "fixed": {
      if (!rest.length) fail("usage: npm run blind -- fixed eval/runs/<date> [dev|test|fresh]");
      return score(rest[0], rest.slice(1), true);
    }
    case "card": { console.log(JSON.stringify(await cardInfo())); return; }
    case "report": return report();
    case "expert": {
      if (rest.length !== 1) fail("usage: npm run blind -- expert dev|test|fresh");
      return expert(rest[0]);
    }
    default: fail("usage: npm run blind -- draw [fresh] | prepare SLICE DIR | score RUN [SLICE...] | fixed RUN [SLICE...] | report | expert SLICE | card");
  }
}

void main();
