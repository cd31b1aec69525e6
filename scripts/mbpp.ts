// Run the MBPP solutions and print pass/fail and token ratios against MBPP's reference Python.
//   node dist/scripts/mbpp.js [CORPUS_DIR] [SOLUTIONS_DIR] [--only 3,4,6] [--worst 10] [--json]
// Defaults: ../shared/corpora/mbpp (next to the project) and examples/mbpp.
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { MBPP_CORPUS, runMbpp } from "../compiler/mbpp.js";

async function main() {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const json = args.includes("--json");
  if (json) args.splice(args.indexOf("--json"), 1);
  const only = flag("--only")?.split(",").map(Number);
  const worst = Number(flag("--worst") ?? 10);
  const corpus = args[0] ?? MBPP_CORPUS;
  const solutions = args[1] ?? join(ROOT, "examples", "mbpp");
  const report = await runMbpp(corpus, solutions, { only });
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  for (const r of report.results) {
    const tag = r.passed ? "pass" : "FAIL";
    console.log(`${tag} ${String(r.taskId).padStart(4)} ${r.entry.padEnd(32)} ${String(r.ideoTokens).padStart(4)} / ${String(r.pythonTokens).padStart(4)} = ${r.ratio.toFixed(2)}${r.error ? `\n     ${r.error.split("\n").join("\n     ")}` : ""}`);
  }
  console.log(`\n${report.passed}/${report.attempted} passed; token ratio Ideo/Python (o200k_base, passing): median ${report.medianRatio.toFixed(3)}, geometric mean ${report.geomeanRatio.toFixed(3)}`);
  const ranked = report.results.filter((r) => r.passed).sort((a, b) => b.ratio - a.ratio).slice(0, worst);
  console.log(`worst ${ranked.length}:`);
  for (const r of ranked) console.log(`  ${r.taskId} ${r.entry}: ${r.ideoTokens} / ${r.pythonTokens} = ${r.ratio.toFixed(2)}`);
  const best = report.results.filter((r) => r.passed).sort((a, b) => a.ratio - b.ratio).slice(0, worst);
  console.log(`best ${best.length}:`);
  for (const r of best) console.log(`  ${r.taskId} ${r.entry}: ${r.ideoTokens} / ${r.pythonTokens} = ${r.ratio.toFixed(2)}`);
  if (report.passed < report.attempted) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
