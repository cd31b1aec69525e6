// Same input and options → byte-identical wasm, which validates and carries a names section.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "../compiler/index.js";
import { ROOT } from "../compiler/paths.js";

describe("output", () => {
  const source = readFileSync(join(ROOT, "examples", "tour.ideo"), "utf8");
  for (const level of [0, 2, "z"] as const) {
    it(`is deterministic at -O${level}`, async () => {
      const a = await compile(source, { optimize: level });
      const b = await compile(source, { optimize: level });
      expect(a.wasm).toBeDefined();
      expect(Buffer.from(a.wasm!).equals(Buffer.from(b.wasm!))).toBe(true);
      expect(WebAssembly.validate(a.wasm!)).toBe(true);
      const mod = new WebAssembly.Module(a.wasm!);
      expect(WebAssembly.Module.customSections(mod, "name").length).toBe(1);
    });
  }
});
