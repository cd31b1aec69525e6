// MBPP, an external benchmark: every solution in examples/mbpp passes MultiPL-E's JavaScript tests for
// its task, read at run time from $IDEO_MBPP or ../shared/corpora/mbpp (never copied into the project;
// without it these tests skip, with a line saying so, except in CI).
// Every task of MultiPL-E's MBPP is either solved there or listed with a reason in SKIPPED.md.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { loadMbppTasks, runMbppTask, runTestBody, solutionText, MbppTask, MBPP_CORPUS, MBPP_HOW } from "../compiler/mbpp.js";
import { requirePath } from "./support/external.js";

const CORPUS = MBPP_CORPUS;
const corpus = requirePath("the MBPP corpus", CORPUS, MBPP_HOW);
const SOLUTIONS = join(ROOT, "examples", "mbpp");
const files = readdirSync(SOLUTIONS).filter((f) => /^\d+\.ideo$/.test(f)).sort((a, b) => parseInt(a) - parseInt(b));
const tasks = corpus.present ? loadMbppTasks(CORPUS) : undefined;

function skipped(): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of readFileSync(join(SOLUTIONS, "SKIPPED.md"), "utf8").split("\n")) {
    const m = /^- (\d+)\b[^:]*: (.+)$/.exec(line);
    if (m) out.set(Number(m[1]), m[2]);
  }
  return out;
}

describe.skipIf(!corpus.present)("MBPP (MultiPL-E JavaScript tests)", () => {
  it("the corpus holds MultiPL-E's MBPP tasks", () => {
    expect(tasks!.size).toBeGreaterThan(300);
  });

  it("there are at least 150 solutions, and every task is solved or skipped with a reason", () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
    const solved = new Set(files.map((f) => parseInt(f)));
    const skip = skipped();
    for (const id of solved) expect(tasks!.has(id), `${id}.ideo is not a MultiPL-E MBPP task`).toBe(true);
    for (const id of skip.keys()) expect(solved.has(id), `${id} is both solved and listed in SKIPPED.md`).toBe(false);
    const missing = [...tasks!.keys()].filter((id) => !solved.has(id) && !skip.has(id));
    expect(missing, "tasks neither solved nor listed in SKIPPED.md").toEqual([]);
  });

  for (const f of files) {
    const id = parseInt(f);
    it(`${f}`, async () => {
      const task = tasks!.get(id);
      if (!task) throw new Error(`task ${id} is not in MultiPL-E's MBPP`);
      const r = await runMbppTask(task, `examples/mbpp/${f}`, readFileSync(join(SOLUTIONS, f), "utf8"));
      expect(r.error, `${id} ${task.entry}`).toBeUndefined();
      expect(r.passed).toBe(true);
      expect(r.ideoTokens).toBeGreaterThan(0);
      expect(r.pythonTokens).toBeGreaterThan(0);
    });
  }
});

describe("MBPP runner", () => {
  const task = (tests: string): MbppTask => ({ taskId: 0, name: "mbpp_0_inc", entry: "inc", tests, python: "def inc(x):\n    return x + 1" });

  it("passes when no assertion throws, binding candidate to the export", async () => {
    const r = await runMbppTask(task("  let candidate = inc;\n  assert.deepEqual(candidate(1),2);\n  assert.deepEqual(candidate(-5),-4);"), "inc.ideo", "fn inc(x) = x + 1");
    expect(r.passed).toBe(true);
    expect(r.ratio).toBeCloseTo(r.ideoTokens / r.pythonTokens);
  });

  it("records the failing assertion's message", async () => {
    const r = await runMbppTask(task("  let candidate = inc;\n  assert.deepEqual(candidate(1),3);"), "inc.ideo", "fn inc(x) = x + 1");
    expect(r.passed).toBe(false);
    expect(r.error).toMatch(/AssertionError/);
    expect(r.error).toMatch(/3/);
  });

  it("reports compile errors, missing exports and runtime faults", async () => {
    const body = "  let candidate = inc;\n  assert.deepEqual(candidate(1),2);";
    expect((await runMbppTask(task(body), "inc.ideo", "fn inc(x) = x +")).error).toMatch(/^compile:/);
    expect((await runMbppTask(task(body), "inc.ideo", "fn dec(x) = x - 1")).error).toMatch(/no export named inc/);
    expect((await runMbppTask(task(body), "inc.ideo", "fn inc(x) = x // 0")).error).toMatch(/division by zero|divzero/i);
  });

  it("test bodies see only assert and candidate", () => {
    expect(() => runTestBody("  assert.ok(typeof require === 'undefined' && typeof process === 'undefined');", () => 0)).not.toThrow();
  });

  it("comments and blank lines do not count as solution tokens", () => {
    expect(solutionText("# a note\n\nfn f(x) = x\n  # indented note\n")).toBe("fn f(x) = x");
  });
});
