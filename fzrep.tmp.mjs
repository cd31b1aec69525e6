import { loadRegistry } from "/work/main/dist/compiler/blocks/registry.js";
import { compile, prepare } from "/work/main/dist/compiler/index.js";
import { seedPrograms } from "/work/main/dist/fuzz/corpus.js";
import { fuzzInput } from "/work/main/dist/fuzz/campaign.js";
import { writeFileSync } from "node:fs";
await prepare();
const seeds = seedPrograms(await loadRegistry());
for (const i of process.argv.slice(2).map(Number)) {
  const { job, mutations } = fuzzInput(seeds, 1, i);
  writeFileSync(`/tmp/in${i}.ideo`, job.source);
  console.log(i, job.optimize, job.source.length, mutations);
  const a = performance.now();
  const r = await compile(job.source, { optimize: job.optimize });
  console.log((performance.now() - a).toFixed(0), r.diagnostics.slice(0, 3).map((d) => d.code + " " + d.message));
}
