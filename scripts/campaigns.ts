// `npm run campaigns`: the table of every fuzz and difftest run fuzz/campaigns.json records, with
// totals, written into docs/reliability.md between its campaigns markers (and printed).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { readLog, totals } from "../fuzz/log.js";

const DOC = join(ROOT, "docs", "reliability.md");
const START = "<!-- campaigns:start -->", END = "<!-- campaigns:end -->";
const n = (x: unknown) => Number(x ?? 0).toLocaleString("en-US");

function table(): string {
  const rows = readLog().map((e) => e.kind === "fuzz"
    ? `| ${e.date.slice(0, 10)} | fuzz | ${e.seed} | ${n(e.from)}..${n(e.to - 1)} | ${n(e.inputs)} inputs (${n(e.compiled)} compiled) | ${n(e.failures)} failures | ${n(e.seconds)} s | ${e.commit} |`
    : `| ${e.date.slice(0, 10)} | difftest | ${e.seed} | ${n(e.from)}..${n(e.to - 1)} | ${n(e.programs)} programs (${n(e.same)} agreed) | ${n(e.mismatches)} mismatches | ${n(e.seconds)} s | ${e.commit} |`);
  const fuzz = totals("fuzz", "failures"), diff = totals("difftest", "mismatches");
  return [
    "| date | campaign | seed | range | tried | found | time | commit |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `In all: ${n(fuzz.count)} mutated inputs in ${fuzz.runs} fuzz runs with ${n(fuzz.figure)} failures; ${n(diff.count)} generated programs in ${diff.runs} difftest runs with ${n(diff.figure)} mismatches (\`npm run campaigns\` writes this table from fuzz/campaigns.json).`,
  ].join("\n");
}

const text = table();
const doc = readFileSync(DOC, "utf8");
const a = doc.indexOf(START), b = doc.indexOf(END);
if (a < 0 || b < a) throw new Error(`docs/reliability.md has no ${START} … ${END} markers`);
writeFileSync(DOC, doc.slice(0, a + START.length) + "\n" + text + "\n" + doc.slice(b));
console.log(text);
