// The options `npm run fuzz` and `npm run difftest` share: how long to run, which seed and where to
// start (by default after the last range fuzz/campaigns.json records), how many workers, whether to
// keep cases and log the run. Usage errors exit 2, as the CLI's do.
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { exitQuietlyOnClosedOutput } from "../cli/io.js";

export const integer = (name: string, min = 0) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
  return n;
};

export function campaignCommand(name: string, description: string, what: string, casesDir: string): Command {
  return new Command()
    .name(`npm run ${name} --`)
    .description(description)
    .exitOverride()
    .option("--seconds <n>", "stop after this many seconds", integer("--seconds", 1))
    .option("--count <n>", `stop after this many ${what}`, integer("--count", 1))
    .option("--seed <s>", "the campaign's seed", integer("--seed"), 1)
    .option("--from <i>", `the first of the ${what} (default: after the last range fuzz/campaigns.json records for the seed)`, integer("--from"))
    .option("--workers <k>", `${what} worked on at once, each in its own worker`, integer("--workers", 1), 1)
    .option("--no-save", `do not keep failures as cases under ${casesDir}`)
    .option("--no-log", "do not record the run in fuzz/campaigns.json")
    .option("--json", "print the campaign's result as JSON on stdout");
}

/** Parse and run; a usage error exits 2, anything else that escapes exits 2 with its message. */
export function run(program: Command, name: string): void {
  exitQuietlyOnClosedOutput();
  program.parseAsync(process.argv).catch((e) => {
    if (e instanceof CommanderError) { process.exitCode = e.exitCode === 0 ? 0 : 2; return; }
    process.stderr.write(`${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
