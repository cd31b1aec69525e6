// `npm run fuzz -- [--seconds N | --count N] [--seed S] [--from I] [--workers K]`: a mutation-fuzzing
// campaign over the compiler (fuzz/campaign.ts). Progress on stderr; the covered range is appended to
// fuzz/campaigns.json; new failures are minimized into tests/fuzz/cases/. Exit 1 when any input failed.
import { runCampaign, DEFAULT_LIMITS } from "../fuzz/campaign.js";
import { appendLog, resumeFrom } from "../fuzz/log.js";
import { campaignCommand, integer, run } from "../fuzz/command.js";

const program = campaignCommand("fuzz", "mutate the repository's Ideo programs and judge how the compiler answers each", "inputs", "tests/fuzz/cases/")
  .option("--compile-limit <ms>", "a compile past this is a failure (a hang)", integer("--compile-limit", 100), DEFAULT_LIMITS.compileMs)
  .option("--run-limit <ms>", "a run of main past this is stopped (not a failure)", integer("--run-limit", 10), DEFAULT_LIMITS.runMs)
  .addHelpText("after", `
Examples:
  $ npm run fuzz -- --seconds 600                 ten minutes, resuming seed 1 where the log stops
  $ npm run fuzz -- --seed 7 --from 4411 --count 1 --no-log     input 4411 of seed 7 again`)
  .action(async (o) => {
    if (o.seconds === undefined && o.count === undefined) o.seconds = 60;
    const from = o.from ?? resumeFrom("fuzz", o.seed);
    process.stderr.write(`fuzz: seed ${o.seed}, inputs from ${from}, ${o.workers} worker${o.workers === 1 ? "" : "s"}\n`);
    const r = await runCampaign({
      seed: o.seed, from, count: o.count, seconds: o.seconds, workers: o.workers, save: o.save,
      limits: { ...DEFAULT_LIMITS, compileMs: o.compileLimit, runMs: o.runLimit },
      progress: (line) => process.stderr.write(line + "\n"),
    });
    const kinds = new Set(r.failures.map((f) => f.signature)).size;
    process.stderr.write(`fuzz: inputs ${r.from}..${r.to - 1} of seed ${r.seed}: ${r.inputs} in ${r.seconds} s, ${r.compiled} compiled, runs ${JSON.stringify(r.runs)}; ${r.failures.length} failures of ${kinds} kinds${r.stopsNotRepeated ? ` (and ${r.stopsNotRepeated} compiles stopped by a limit that were within it judged again)` : ""}; slowest compile ${r.slowest[0]?.ms ?? 0} ms (input ${r.slowest[0]?.index ?? "-"})\n`);
    if (o.log) {
      appendLog({ kind: "fuzz", seed: r.seed, from: r.from, to: r.to, seconds: r.seconds, inputs: r.inputs, compiled: r.compiled, runs: r.runs,
        failures: r.failures.length, kinds, ...(r.stopsNotRepeated ? { stopsNotRepeated: r.stopsNotRepeated } : {}),
        cases: [...new Set(r.failures.map((f) => f.case).filter(Boolean))], slowest: r.slowest.slice(0, 3) });
    }
    if (o.json) console.log(JSON.stringify(r, null, 1));
    process.exitCode = r.failures.length ? 1 : 0;
  });

run(program, "fuzz");
