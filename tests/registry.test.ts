// The registry: every block is a complete room, and every documented example gives its result
// when compiled and run the way `ideo run` does.
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { indexOf, loadRooms, templatePath } from "../compiler/blocks/rooms.js";
import { REGISTRY_INDEX } from "../compiler/node-assets.js";
import { runSource } from "./support/run.js";
import { roomFolder } from "./support/proptest.js";

const registry = await loadRooms();

describe("registry", () => {
  it("loads every room without problems", () => {
    expect(registry.problems).toEqual([]);
  });

  it("the built index (build/registry.json, what the CLI and the package read) matches the rooms", () => {
    expect(existsSync(REGISTRY_INDEX), "run `npm run build`").toBe(true);
    const built = JSON.parse(readFileSync(REGISTRY_INDEX, "utf8"));
    expect(built, "build/registry.json is stale: run `npm run build`").toEqual(JSON.parse(JSON.stringify(indexOf(registry))));
    expect(built.usage.sort, "the example programs that use sort").toBeGreaterThan(10);
  });

  it("has at least 500 blocks over at least 15 categories", () => {
    expect(registry.blocks.length).toBeGreaterThanOrEqual(500);
    expect(new Set(registry.blocks.map((b) => b.category)).size).toBeGreaterThanOrEqual(15);
  });

  it("an alias names one block, however it is spelled (case and underscores fold)", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const b of registry.blocks) {
      for (const a of new Set((b.def.aliases ?? []).map((x) => x.toLowerCase().replace(/_/g, "")))) {
        if (owner.has(a)) clashes.push(`${a}: ${owner.get(a)} and ${b.name}`);
        else owner.set(a, b.name);
        if (registry.blocks.some((o) => o.name === a && o !== b)) clashes.push(`${a}: an alias of ${b.name} and a block`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("names are unique lowercase words, and aliases shadow no block", () => {
    const names = registry.blocks.map((b) => b.name);
    expect(new Set(names).size).toBe(names.length);
    for (const b of registry.blocks) {
      expect(b.name).toMatch(/^[a-z][a-z0-9]*$/);
      for (const a of b.def.aliases ?? []) expect(names.includes(a), `${b.name}: alias '${a}' is also a block`).toBe(false);
    }
  });

  for (const b of registry.blocks) {
    it(`${b.category}/${b.name} is complete`, () => {
      expect(b.def.doc.trim().length, "doc").toBeGreaterThan(5);
      expect(typeof b.def.oracle, "oracle").toBe("function");
      expect(b.def.examples.length, "examples").toBeGreaterThan(0);
      for (const inst of b.instances) expect(templatePath(b.dir, b.def, inst), `template for ${inst.fn}`).toBeDefined();
      const test = join(b.dir, `${b.category}.test.ts`);
      expect(existsSync(test), "property test").toBe(true);
      expect(readFileSync(test, "utf8")).toContain(`propertyTests("${roomFolder(b)}"`);
      expect(b.def.test?.runs ?? 500, "cases per run").toBeGreaterThanOrEqual(500);
    });
  }
});

describe("block examples run with their documented results", () => {
  for (const b of registry.blocks) {
    it(b.name, async () => {
      for (const ex of b.def.examples) {
        const r = await runSource(`fn main\n  print(${ex.code})\n`, `${b.name}.example`);
        expect(r.diagnostics ?? r.error ?? r.out, `${ex.code}`).toBe(`${ex.result}\n`);
      }
    });
  }
});
