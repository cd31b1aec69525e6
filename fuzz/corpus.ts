// The fuzzer's seeds: every Ideo program in the repository, and every block's examples as a
// one-line program. Left out: eval/ (a benchmark's runs) and the MBPP solutions of the frozen test
// slice (eval/slices.json), which the project keeps from every tool's view.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../compiler/paths.js";
import type { Registry } from "../compiler/blocks/registry.js";

export interface Seed { name: string; source: string }

const SKIP_DIRS = new Set(["node_modules", "dist", "build", ".git", "eval"]);

function walk(dir: string): string[] {
  let out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) out = out.concat(walk(join(dir, e.name))); }
    else if (e.name.endsWith(".ideo")) out.push(join(dir, e.name));
  }
  return out;
}

/** MBPP task ids of the frozen test slice. */
function frozenTasks(): Set<string> {
  const file = join(ROOT, "eval", "slices.json");
  if (!existsSync(file)) return new Set();
  const slices = JSON.parse(readFileSync(file, "utf8")) as { test?: number[] };
  return new Set((slices.test ?? []).map(String));
}

export function seedPrograms(registry: Registry): Seed[] {
  const frozen = frozenTasks();
  const files = walk(ROOT).filter((f) => {
    const rel = relative(ROOT, f);
    const m = /^examples\/mbpp\/(\d+)\.ideo$/.exec(rel);
    return !(m && frozen.has(m[1]));
  }).sort();
  const seeds: Seed[] = files.map((f) => ({ name: relative(ROOT, f), source: readFileSync(f, "utf8") }));
  for (const b of registry.blocks) {
    b.def.examples.forEach((ex, i) => seeds.push({ name: `blocks/${b.category}/${b.name}.ts#${i}`, source: `print(${ex.code})\n` }));
  }
  return seeds;
}
