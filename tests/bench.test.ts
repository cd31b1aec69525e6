// The benchmark's kernels (bench/kernels/) once each at their small size: every variant — Ideo
// with loops and with blocks, JS, clang's wasm, AssemblyScript, gcc's native program — must give
// the result kernel.json records. Nothing is timed here; `npm run bench` does that.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VARIANTS, Variant, hasVariant, loadKernels, sourceOf } from "../bench/kernels.js";
import { disagreement, runKernels } from "../bench/measure.js";
import { codeBytes, childCpu } from "../bench/builds.js";
import { withResults } from "../bench/report.js";
import { CLANG_PACKAGES, GCC_PACKAGES, clangWorks, gccWorks } from "../bench/tools.js";
import { requireExternal } from "./support/external.js";

const clang = requireExternal("clang for wasm32 (with lld, wasi-libc and compiler-rt's wasm32 builtins)", clangWorks(), `apt-get install ${CLANG_PACKAGES.join(" ")}`);
const gcc = requireExternal("gcc", gccWorks(), `apt-get install ${GCC_PACKAGES.join(" ")}`);
const unavailable: Partial<Record<Variant, string>> = {};
if (!clang.present) unavailable.clang = clang.missing;
if (!gcc.present) unavailable.gcc = gcc.missing;

const kernels = loadKernels();
const dir = mkdtempSync(join(tmpdir(), "ideo-bench-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("benchmark kernels", () => {
  it("are at least twelve, each written in every variant (blocks where a block applies, else a reason)", () => {
    expect(kernels.length).toBeGreaterThanOrEqual(12);
    for (const k of kernels) {
      for (const v of VARIANTS) if (v !== "ideo-blocks") expect(hasVariant(k, v), `${k.name} ${v}`).toBe(true);
      expect(hasVariant(k, "ideo-blocks"), `${k.name}: blocks.ideo iff kernel.json lists its blocks`).toBe(!!k.blocks);
      expect(!!k.noBlocks, `${k.name}: a reason iff there is no blocks.ideo`).toBe(!k.blocks);
      for (const b of k.blocks ?? []) expect(sourceOf(k, "ideo-blocks"), `${k.name} uses ${b}`).toMatch(new RegExp(`\\b${b}\\b`));
    }
  });

  for (const k of kernels) {
    it(`${k.name}: every variant gives ${k.smallResult} at n = ${k.small}`, async () => {
      const [run] = await runKernels([k], { variants: VARIANTS, rounds: 0, small: true, opt: 2, dir, unavailable, progress: () => {} });
      const ran = VARIANTS.filter((v) => run.results[v] !== undefined);
      expect(run.agree, disagreement(run, k.smallResult) + Object.entries(run.absent).map(([v, why]) => `\n${v}: ${why}`).join("")).toBe(true);
      expect(ran.length).toBe(VARIANTS.filter((v) => hasVariant(k, v) && !unavailable[v]).length);
    });
  }
});

describe("benchmark measurements", () => {
  it("count a module's bytes without its custom sections", () => {
    // header, a type section of 4 bytes, a custom section "n" with 3 bytes of payload
    const wasm = Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 0, 5, 1, 0x6e, 1, 2, 3]);
    expect(codeBytes(wasm)).toBe(8 + 2 + 4);
  });

  it("read the children's CPU time from bash's times", () => {
    expect(childCpu("0m0.002s 0m0.000s\n0m1.531s 0m0.280s\n")).toBeCloseTo(1811, 6);
    expect(() => childCpu("nonsense")).toThrow(/times/);
  });

  it("rewrite only the doc's Results section, leaving the start-up section bench:startup writes", () => {
    const page = "# P\n\ntext\n\n<!-- bench:begin (npm run bench) -->\n## Results\n\nold\n\n<!-- bench:end -->\n\n<!-- startup:begin -->\nS\n<!-- startup:end -->\n";
    const next = withResults(page, "new");
    expect(next).toContain("## Results\n\nnew\n\n<!-- bench:end -->");
    expect(next).not.toContain("old");
    expect(next.replace(/<!-- bench:begin[\s\S]*bench:end -->/, "")).toBe(page.replace(/<!-- bench:begin[\s\S]*bench:end -->/, ""));
    expect(withResults("# P\n", "new")).toMatch(/^# P\n\n<!-- bench:begin[^\n]*\n## Results\n\nnew\n\n<!-- bench:end -->\n$/);
  });
});
