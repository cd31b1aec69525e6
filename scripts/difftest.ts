// `npm run difftest -- [--count N | --seconds N] [--seed S] [--from I] [--workers K]`: generate
// well-typed programs and compare a reference evaluator's output with the -O0, default and -O3 builds'
// (fuzz/difftest.ts). Progress on stderr; the covered range goes into fuzz/campaigns.json; mismatches
// are shrunk into tests/difftest/cases/. Exit 1 when any program mismatched.
import { runDiffCampaign } from "../fuzz/difftest.js";
import { appendLog, resumeFrom } from "../fuzz/log.js";
import { campaignCommand, run } from "../fuzz/command.js";

const program = campaignCommand("difftest", "generate programs and compare the reference evaluator with the -O0, default and -O3 builds", "programs", "tests/difftest/cases/")
  .addHelpText("after", `
Examples:
  $ npm run difftest -- --count 1000                  resumes seed 1 where the log stops
  $ npm run difftest -- --seed 5 --from 812 --count 1 --no-log     program 812 of seed 5 again`)
  .action(async (o) => {
    if (o.count === undefined && o.seconds === undefined) o.count = 100;
    const from = o.from ?? resumeFrom("difftest", o.seed);
    process.stderr.write(`difftest: seed ${o.seed}, programs from ${from}, ${o.workers} worker${o.workers === 1 ? "" : "s"}\n`);
    const r = await runDiffCampaign({ seed: o.seed, from, count: o.count, seconds: o.seconds, workers: o.workers, save: o.save, progress: (l) => process.stderr.write(l + "\n") });
    process.stderr.write(`difftest: programs ${r.from}..${r.to - 1} of seed ${r.seed}: ${r.programs} in ${r.seconds} s, ${r.same} the same at -O0, -O2 and -O3 as the reference, ${r.mismatches.length} mismatches, skipped ${JSON.stringify(r.skipped)}\n`);
    if (o.log) appendLog({ kind: "difftest", seed: r.seed, from: r.from, to: r.to, seconds: r.seconds, programs: r.programs, same: r.same, mismatches: r.mismatches.length, skipped: r.skipped, cases: r.mismatches.map((m) => m.case).filter(Boolean) });
    if (o.json) console.log(JSON.stringify(r, null, 1));
    process.exitCode = r.mismatches.length ? 1 : 0;
  });

run(program, "difftest");
