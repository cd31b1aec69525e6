// The fuzzer's findings stay fixed: every minimized failure under tests/fuzz/cases/ is judged again
// (fuzz/judge.ts: no thrown error, internal error, codeless or unreadable diagnostic, bad span,
// rejected module, module with errors, run error or fault without a line). And a short campaign
// with a fixed seed runs the whole machinery — mutation, sandboxed workers, limits — on new inputs.
import { describe, it, expect } from "vitest";
import { existingCases, runCampaign, DEFAULT_LIMITS } from "../fuzz/campaign.js";
import { judgeInput } from "../fuzz/worker.js";
import { minimize } from "../fuzz/minimize.js";
import { mutate } from "../fuzz/mutate.js";
import { randomFor } from "../fuzz/random.js";
import { compileProblems, unreadable } from "../fuzz/judge.js";
import { compile } from "../compiler/index.js";

describe("fuzz regression cases", () => {
  const cases = existingCases();
  it("there are cases to replay", () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(`${c.file}: was ${c.problem.slice(0, 80)}`, async () => {
      const r = await judgeInput({ source: c.source, optimize: c.optimize, run: true, maxOutput: 100_000 });
      expect(r.problems).toEqual([]);
    });
  }
});

describe("the fuzzer's parts", () => {
  it("makes the same input from the same seed and index", () => {
    const seeds = [{ name: "a", source: "fn main\n  print([3, 1, 2].sort)\n" }, { name: "b", source: "f(x) = x * 2\n" }];
    expect(mutate(seeds, randomFor(7, 11))).toEqual(mutate(seeds, randomFor(7, 11)));
    expect(mutate(seeds, randomFor(7, 11)).source).not.toEqual(mutate(seeds, randomFor(7, 12)).source);
  });

  it("judges what a reader must not see", () => {
    expect(unreadable("column undefined", "x")).toBe("shows undefined");
    expect(unreadable("unknown name 'undefined'", "undefined + 1")).toBeUndefined();
    expect(unreadable("oops\n    at f (file.js:1:2)", "")).toBe("shows a stack frame");
  });

  it("judges a compile's answer", async () => {
    const ok = await compile("print(1)");
    expect(compileProblems("print(1)", ok)).toEqual([]);
    const internal = { ...ok, wasm: undefined, diagnostics: [{ code: "E9000", severity: "error" as const, message: "x", span: { start: 0, end: 0 } }] };
    expect(compileProblems("print(1)", internal).map((p) => p.kind)).toEqual(["internal"]);
    const broken = { ...ok, wasm: new Uint8Array([0, 97, 115, 109, 9, 9]), diagnostics: [] };
    expect(compileProblems("print(1)", broken).map((p) => p.kind)).toEqual(["invalid-module"]);
  });

  it("minimizes an input to what still fails", async () => {
    const source = "fn main\n  x = 1\n  y = [1, 2, 3]\n  print(x + BAD)\n  z = 4\n";
    const small = await minimize(source, async (s) => s.includes("BAD"));
    expect(small).toBe("BAD");
  });

  it("stops minimizing at its deadline with the smallest failing input found so far", async () => {
    const source = "fn main\n  x = 1\n  y = [1, 2, 3]\n  print(x + BAD)\n  z = 4\n";
    let tests = 0;
    // 18 tests take it down to "BAD"; at 50 ms a test, the deadline comes after 8 or fewer
    const slowly = async (s: string) => { tests++; await new Promise((r) => setTimeout(r, 50)); return s.includes("BAD"); };
    const small = await minimize(source, slowly, { deadline: performance.now() + 400 });
    expect(tests).toBeLessThan(10);
    expect(small).toContain("BAD");
    expect(small.length).toBeLessThan(source.length);
  });
});

describe("a short fuzz campaign", () => {
  it("seed 20261207, inputs 0..299: no failures", async () => {
    const r = await runCampaign({ seed: 20261207, from: 0, count: 300, workers: 1, save: false, limits: DEFAULT_LIMITS });
    expect(r.inputs).toBe(300);
    expect(r.failures.map((f) => `input ${f.index}: ${f.problem.kind}: ${f.problem.detail}`)).toEqual([]);
  }, 120_000);
});
