// Golden files: the rendered diagnostics of tests/diagnostics/*.ideo, and the emitted WAT of a few
// examples. Regenerate all of them with `npm run golden` and review the diff.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "../compiler/index.js";
import { ROOT } from "../compiler/paths.js";

const diagDir = join(ROOT, "tests", "diagnostics");

describe("diagnostics", () => {
  for (const f of readdirSync(diagDir).filter((f) => f.endsWith(".ideo")).sort()) {
    it(f, async () => {
      const source = readFileSync(join(diagDir, f), "utf8");
      // what `ideo check` shows, and W0002, which only `ideo build` reports
      const r = await compile(source, { file: f, style: true, guesses: true });
      expect(r.diagnostics.length).toBeGreaterThan(0);
      const text = `${source.trimEnd()}\n\n---- ideo check ${f}\n\n${r.render()}\n`;
      await expect(text).toMatchFileSnapshot(join(diagDir, f.replace(/\.ideo$/, ".txt")));
    });
  }
});

describe("emitted WAT", () => {
  for (const name of ["close", "recursion", "lambdas"]) {
    it(`${name}.ideo at -O2`, async () => {
      const r = await compile(readFileSync(join(ROOT, "examples", `${name}.ideo`), "utf8"), { wat: true, optimize: 2 });
      await expect(r.wat).toMatchFileSnapshot(join(ROOT, "tests", "golden", `${name}.wat`));
    });
  }
});
