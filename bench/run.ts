// `npm run bench`: every kernel in every variant, checked to agree, then timed in interleaved
// rounds; module sizes, compile times and the CLI's start-up costs. A full run rewrites the
// generated part of docs/performance.md and docs/performance.svg.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import type { OptLevel } from "../compiler/index.js";
import { ROOT } from "../compiler/paths.js";
import { compileTimes, moduleSizes, startupCosts } from "./builds.js";
import { Kernel, VARIANTS, Variant, loadKernels } from "./kernels.js";
import { disagreement, runKernels } from "./measure.js";
import { Report, chart, markdown, summarize, withResults } from "./report.js";
import { BUILD_DIR } from "./variants.js";
import { CLANG_PACKAGES, GCC_PACKAGES, aptInstall, clangWorks, gccWorks, versionOf } from "./tools.js";

const SECTIONS = ["times", "sizes", "compile", "startup"] as const;
type Section = (typeof SECTIONS)[number];
const DEFAULT_ROUNDS = 15;
const DOC = join(ROOT, "docs", "performance.md"), SVG = join(ROOT, "docs", "performance.svg");

const HELP = `usage: npm run bench -- [options]

Runs every kernel of bench/kernels/ as Ideo with loops (also with the fuel checks and the budget
\`ideo run\` uses), Ideo with blocks, JS, C by clang for wasm32, AssemblyScript and C by gcc
natively; checks that all variants give the same result, then times them in interleaved rounds. Also measures module sizes, compile times and the CLI's start-up.
A full run (no --only, --variants or --small) rewrites the Results section of docs/performance.md\nand docs/performance.svg.
clang, lld, wasi-libc and gcc are installed with apt-get when missing (as root).

options:
  --only LIST      kernels and/or sections (times, sizes, compile, startup), comma-separated
  --n N            timed rounds (default ${DEFAULT_ROUNDS}); best and median are of these
  --variants LIST  only these variants: ${VARIANTS.join(", ")}
  --opt LEVEL      Binaryen level for the Ideo variants: 0, 1, 2, 3, s, z (default 2, as ideo run)
  --small          the kernels' small sizes (those the test suite runs)
  --json           print the results as JSON rather than tables
  --no-doc         leave docs/performance.md as it is even after a full run
  -h, --help       this text

examples:
  npm run bench                                # everything, 15 rounds; rewrites the doc
  npm run bench -- --only sieve,fib --n 3      # two kernels, three rounds
  npm run bench -- --only startup              # the CLI's start-up costs only
  npm run bench -- --variants ideo,clang --json
  npm run bench -- --variants ideo,ideo-fuel   # what the fuel checks cost

exit codes: 0 success, 1 a kernel's variants disagree or a build fails, 2 usage error`;

class UsageError extends Error {}

interface Plan { kernels: Kernel[]; sections: Set<Section>; variants: Variant[]; rounds: number; opt: OptLevel; small: boolean; json: boolean; doc: boolean }

function plan(argv: string[]): Plan | "help" {
  const { values } = parseArgs({
    args: argv,
    options: { only: { type: "string" }, n: { type: "string" }, variants: { type: "string" }, opt: { type: "string" }, small: { type: "boolean" }, json: { type: "boolean" }, "no-doc": { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) return "help";
  const all = loadKernels();
  const names = list(values.only);
  for (const n of names) if (!all.some((k) => k.name === n) && !SECTIONS.includes(n as Section)) throw new UsageError(`--only: no kernel or section '${n}' (kernels: ${all.map((k) => k.name).join(", ")}; sections: ${SECTIONS.join(", ")})`);
  const named = all.filter((k) => names.includes(k.name));
  const sections = names.filter((n): n is Section => SECTIONS.includes(n as Section));
  const variants = list(values.variants);
  for (const v of variants) if (!VARIANTS.includes(v as Variant)) throw new UsageError(`--variants: no variant '${v}' (${VARIANTS.join(", ")})`);
  const rounds = values.n === undefined ? DEFAULT_ROUNDS : Number(values.n);
  if (!Number.isInteger(rounds) || rounds < 1) throw new UsageError(`--n takes a whole number of rounds from 1, not '${values.n}'`);
  const opt = values.opt ?? "2";
  if (!["0", "1", "2", "3", "s", "z"].includes(opt)) throw new UsageError(`--opt takes 0, 1, 2, 3, s or z, not '${opt}'`);
  const partial = names.length > 0 || variants.length > 0 || !!values.small;
  return {
    kernels: named.length ? named : all,
    sections: new Set(sections.length ? sections : named.length ? ["times"] : SECTIONS),
    variants: variants.length ? VARIANTS.filter((v) => variants.includes(v)) : [...VARIANTS],
    rounds,
    opt: (/\d/.test(opt) ? Number(opt) : opt) as OptLevel,
    small: !!values.small,
    json: !!values.json,
    doc: !partial && !values["no-doc"],
  };
}

const list = (s?: string) => (s ?? "").split(",").map((x) => x.trim()).filter(Boolean);

// on a terminal one status line rewritten in place; in a log, one line each
const progress = (line: string) => process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${line}` : `${line}\n`);

/** The C variants' compilers: installed when missing (and we may), else those variants are skipped. */
function toolchains(p: Plan): Partial<Record<Variant, string>> {
  const missing: Partial<Record<Variant, string>> = {};
  const need = (variant: Variant, works: () => boolean, packages: string[]) => {
    if (!p.variants.includes(variant) || works() || (aptInstall(packages, progress) && works())) return;
    missing[variant] = `its compiler is missing (apt-get install ${packages.join(" ")})`;
  };
  need("clang", clangWorks, CLANG_PACKAGES);
  need("gcc", gccWorks, GCC_PACKAGES);
  return missing;
}

async function main(): Promise<number> {
  let p: Plan | "help";
  try {
    p = plan(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`error: ${e instanceof Error ? e.message : e}\n(npm run bench -- --help for the options)\n`);
    return 2;
  }
  if (p === "help") {
    console.log(HELP);
    return 0;
  }
  const unavailable = toolchains(p);
  for (const [v, why] of Object.entries(unavailable)) progress(`${v}: ${why}; skipping it\n`);
  const loadStart = os.loadavg()[0], started = performance.now();
  const report: Report = {
    date: new Date().toISOString(),
    commit: commitOf(ROOT),
    machine: { cpu: os.cpus()[0]?.model.trim() ?? "unknown", cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version },
    tools: toolVersions(p.variants, unavailable),
    load: { start: loadStart, end: loadStart },
    minutes: 0,
    rounds: p.rounds,
    ideoOpt: String(p.opt),
    small: p.small,
    kernels: [],
  };
  try {
    if (p.sections.has("times")) {
      const runs = await runKernels(p.kernels, { variants: p.variants, rounds: p.rounds, small: p.small, opt: p.opt, dir: BUILD_DIR, unavailable, progress });
      report.kernels = runs.map(summarize);
    }
    if (p.sections.has("sizes")) report.sizes = await moduleSizes(p.kernels, !unavailable.clang, progress);
    if (p.sections.has("compile")) report.compile = await compileTimes(p.kernels, 3, progress);
    if (p.sections.has("startup")) report.startup = startupCosts(5, progress);
  } finally {
    rmSync(join(BUILD_DIR, "inputs"), { recursive: true, force: true }); // megabytes of text
  }
  report.load.end = os.loadavg()[0];
  report.minutes = (performance.now() - started) / 60_000;
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");

  const failures = report.kernels.filter((k) => !k.agree || Object.values(k.absent).some((why) => why?.startsWith("build failed")));
  for (const k of failures) process.stderr.write(`error: ${disagreement(k)}${Object.entries(k.absent).map(([v, why]) => `\n  ${v}: ${why}`).join("")}\n`);
  const body = markdown(report, p.kernels, "performance.svg");
  console.log(p.json ? JSON.stringify(report, null, 2) : body);
  if (p.doc && failures.length === 0 && Object.keys(unavailable).length === 0) {
    writeDoc(body, chart(report));
    process.stderr.write(`wrote ${DOC} and ${SVG}\n`);
  } else if (p.doc) {
    process.stderr.write(`docs/performance.md left as it is: ${failures.length ? "some kernels failed" : "some variants could not run"}\n`);
  }
  return failures.length ? 1 : 0;
}

/** The checkout's commit (with "+" when it has changes), so figures can be traced to code. */
function commitOf(dir: string): string | undefined {
  const git = (...args: string[]) => spawnSync("git", ["-C", dir, ...args], { encoding: "utf8" });
  const head = git("rev-parse", "--short", "HEAD");
  if (head.status !== 0) return undefined;
  return head.stdout.trim() + (git("status", "--porcelain", "--untracked-files=no").stdout.trim() ? "+" : "");
}

function toolVersions(variants: Variant[], unavailable: Partial<Record<Variant, string>>): Record<string, string> {
  const pkg = (name: string) => (JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  const tools: Record<string, string> = { "Binaryen (Ideo)": pkg("binaryen"), AssemblyScript: pkg("assemblyscript") };
  if (variants.includes("clang") && !unavailable.clang) tools.clang = versionOf("clang").replace(/^.*clang version\s*/, "");
  if (variants.includes("gcc") && !unavailable.gcc) tools.gcc = versionOf("gcc").split(" ").pop()!;
  return tools;
}

function writeDoc(body: string, svg: string): void {
  writeFileSync(DOC, withResults(readFileSync(DOC, "utf8"), body));
  writeFileSync(SVG, svg);
}

main().then((code) => process.exit(code), (e) => {
  process.stderr.write(`\nbench failed: ${e instanceof Error ? e.stack ?? e.message : e}\n`);
  process.exit(1);
});
