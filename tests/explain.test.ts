// `ideo explain CODE`: every diagnostic code has an entry; each entry's example program gets that
// code from `ideo check`, and its fixed version does not.
import { describe, it, expect } from "vitest";
import { CODES } from "../compiler/diagnostics.js";
import { EXPLANATIONS, FAULT_EXPLANATIONS, faultExplanation } from "../compiler/explain.js";
import { FAULTS } from "../compiler/faults.js";
import { analyze } from "../compiler/frontend.js";
import { cli } from "./support/run.js";

describe("ideo explain CODE", () => {
  it("every code has an explanation", () => {
    expect(Object.values(CODES).filter((c) => !EXPLANATIONS[c])).toEqual([]);
    expect(EXPLANATIONS.E9000).toBeDefined();
  });

  for (const [code, e] of Object.entries(EXPLANATIONS)) {
    if (!e.example) continue;
    it(`${code}: the example gets it, the fixed version does not`, async () => {
      // an example of several files is main.ideo, importing e.files
      const where = (files?: Record<string, string>) => ({ style: true, ...(files ? { file: "main.ideo", files } : {}) });
      expect((await analyze(e.example!, where(e.files))).diagnostics.map((d) => d.code), e.example).toContain(code);
      const after = (await analyze(e.fixed!, where(e.fixedFiles ?? e.files))).diagnostics;
      expect(after.map((d) => d.code), e.fixed).not.toContain(code);
      expect(after.filter((d) => d.severity === "error"), e.fixed).toEqual([]);
    });
  }

  it("prints the explanation, the example with what the compiler says, and the fix; --json too", async () => {
    const r = await cli(["explain", "W0006"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^W0006: a loop that one block call replaces/);
    expect(r.stdout).toContain("out += [x]");
    expect(r.stdout).toContain("warning[W0006]");
    expect(r.stdout).toContain("evens(xs) = xs.filter(_ % 2 == 0)");
    const j = JSON.parse((await cli(["explain", "e0201", "--json"])).stdout);
    expect(j).toMatchObject({ code: "E0201", title: "an unknown block or function" });
    expect((await cli(["explain", "E0999"])).stderr).toMatch(/no diagnostic E0999/);
  });

  it("every runtime fault has an explanation, found by its message", async () => {
    for (const [name, f] of Object.entries(FAULTS)) {
      expect(FAULT_EXPLANATIONS[name as keyof typeof FAULTS], name).toBeTruthy();
      expect(faultExplanation(f.message)?.fault).toBe(name);
    }
    expect(faultExplanation("error: out of fuel at prog.ideo:4:3")?.fault).toBe("fuel");
    const r = await cli(["explain", "out of fuel"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^out of fuel \(a runtime fault\)[\s\S]*load\(\)/);
  });
});
