// What the editor tools cost on the repository's programs: `ideo fmt` per file, and the analysis
// `ideo lsp` runs for a keystroke's diagnostics (lex, parse, check, the style lints; no Binaryen). Each file is
// timed a few times and its fastest run kept. Run: npm run bench:editor
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "../compiler/format/format.js";
import { analyzeWith } from "../compiler/frontend.js";
import { loadRegistry } from "../compiler/blocks/registry.js";
import { ROOT } from "../compiler/paths.js";

const files: string[] = [];
const walk = (dir: string) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(dir, e.name));
    else if (e.name.endsWith(".ideo")) files.push(join(dir, e.name));
  }
};
walk(join(ROOT, "examples"));

const registry = await loadRegistry();
const fastest = (f: () => void, runs = 5): number => {
  let best = Infinity;
  for (let i = 0; i < runs; i++) { const t = performance.now(); f(); best = Math.min(best, performance.now() - t); }
  return best;
};
const sources = files.map((f) => readFileSync(f, "utf8"));
sources.forEach((s) => { format(s); analyzeWith(registry, s, { style: true }); }); // warm up
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 2)].toFixed(2)} ms | ${s[Math.floor(s.length * 0.95)].toFixed(2)} ms | ${s[s.length - 1].toFixed(2)} ms`;
};
const largest = sources.reduce((a, b) => (b.length > a.length ? b : a));
console.log(`${files.length} programs under examples/ (the largest ${largest.length} characters)\n`);
console.log("| per program | median | 95th percentile | slowest |\n|---|---|---|---|");
console.log(`| ideo fmt (format and verify) | ${stats(sources.map((s) => fastest(() => format(s))))} |`);
console.log(`| ideo lsp diagnostics (analyze) | ${stats(sources.map((s) => fastest(() => analyzeWith(registry, s, { style: true }))))} |`);
