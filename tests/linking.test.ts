// The linker brings in exactly what a program uses: one block means that block's template (and the
// runtime), nothing else of the vocabulary.
import { describe, it, expect } from "vitest";
import { compile } from "../compiler/index.js";
import { loadRegistry } from "../compiler/blocks/registry.js";

const registry = await loadRegistry();
const templateFns = new Set(registry.blocks.flatMap((b) => b.instances.map((i) => i.fn)));

function functionNames(wat: string): string[] {
  return [...wat.matchAll(/^\s*\(func \$([^\s()]+)/gm)].map((m) => m[1]);
}

describe("linking", () => {
  it("a one-block program contains that block and no other template", async () => {
    const r = await compile("fn total(xs: [int]) = xs.sum", { optimize: 0, wat: true });
    const names = functionNames(r.wat!);
    expect(names).toContain("sum_int");
    expect(names.filter((n) => templateFns.has(n))).toEqual(["sum_int"]);
  });

  it("a block's own helpers and the blocks it imports come along", async () => {
    const r = await compile('fn f(s: str) = s.words.map(_.upper).join(" ")', { optimize: 0, wat: true });
    const names = functionNames(r.wat!).filter((n) => templateFns.has(n));
    expect(names.sort()).toEqual(expect.arrayContaining(["words", "upper", "join"].map((b) => registry.get(b)!.instances.find((i) => names.includes(i.fn))!.fn)));
    for (const n of names) expect(["words", "map", "upper", "join"].some((b) => n === b || n.startsWith(`${b}_`))).toBe(true);
  });

  it("optimized single-block programs are small", async () => {
    for (const [src, max] of [["fn total(xs: [int]) = xs.sum", 1200], ["fn up(s: str) = s.upper", 2500], ["fn f(xs: [int]) = xs.sort", 4000]] as const) {
      const r = await compile(src, { optimize: "z" });
      expect(r.wasm!.length, src).toBeLessThan(max);
    }
  });
});
