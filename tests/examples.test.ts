// Every program under examples/ runs and prints exactly its .out file (a .err file holds the
// expected runtime fault instead of success).
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { runSource, cli } from "./support/run.js";

const dir = join(ROOT, "examples");
const examples = readdirSync(dir).filter((f) => f.endsWith(".ideo")).sort();

describe("examples", () => {
  it("there are at least 15, each with its expected output", () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const f of examples) expect(existsSync(join(dir, f.replace(/\.ideo$/, ".out"))), `${f} has no .out`).toBe(true);
  });

  for (const f of examples) {
    it(f, async () => {
      const source = readFileSync(join(dir, f), "utf8");
      const r = await runSource(source, `examples/${f}`);
      expect(r.diagnostics).toBeUndefined();
      expect(r.out).toBe(readFileSync(join(dir, f.replace(/\.ideo$/, ".out")), "utf8"));
      const errFile = join(dir, f.replace(/\.ideo$/, ".err"));
      if (existsSync(errFile)) expect(r.error).toBe(readFileSync(errFile, "utf8").trim());
      else expect(r.error).toBeUndefined();
    });
  }

  it("the tour runs through the real CLI process", async () => {
    const r = await cli(["run", "examples/tour.ideo"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, "tour.out"), "utf8"));
  });

  it("a runtime fault exits 1 naming the fault and its line:col", async () => {
    const r = await cli(["run", "examples/fault.ideo"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("error: index out of range at examples/fault.ideo:5:9");
  });
});
