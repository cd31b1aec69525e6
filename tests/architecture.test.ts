// The shape of the code: no import circles anywhere in compiler/ or cli/ (type-only imports count,
// since they tie the modules' meanings together just the same), and the compiler's stages import
// only stages before them.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ROOT } from "../compiler/paths.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

/** file → the project files it imports (relative imports only). */
function importGraph(dirs: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap((d) => sources(join(ROOT, d)))) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+["'](\.[^"']+)["']/gm)]
      .map((m) => resolve(dirname(file), m[1]).replace(/\.js$/, ".ts"));
    graph.set(relative(ROOT, file), targets.map((t) => relative(ROOT, t)));
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, "open");
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === "open") found.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, "done");
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return found;
}

describe("architecture", () => {
  const graph = importGraph(["compiler", "cli"]);

  it("reads the import graph", () => {
    expect(graph.get("compiler/check/check.ts")).toContain("compiler/check/statements.ts");
  });

  it("has no import circles", () => {
    expect(cycles(graph).map((c) => c.join(" → "))).toEqual([]);
  });

  it("stages import only earlier stages: syntax ← check ← lint ← lower ← link", () => {
    const order = ["compiler/syntax/", "compiler/check/", "compiler/lint/", "compiler/lower/", "compiler/link/"];
    const stage = (f: string) => order.findIndex((p) => f.startsWith(p));
    const backwards = [...graph].flatMap(([f, ts]) => ts.filter((t) => stage(f) >= 0 && stage(t) > stage(f)).map((t) => `${f} → ${t}`));
    expect(backwards).toEqual([]);
  });
});
