// `npm run bench:startup`: what a process costs before its first result. Each case runs in fresh
// processes; the figure is the process's own CPU time (user + system, all threads, from
// process.resourceUsage() at exit), the median of --runs, less that of `node -e 0`. Probes time the
// parts in isolation: the parser with and without the stored lookahead, the registry from the index
// and from the rooms, Binaryen with and without V8's baseline-only flag. Writes the "Start-up" section
// of docs/performance.md (between its markers) and prints it.
//   node dist/scripts/bench-startup.js [--runs N] [--cli PATH/bin/ideo.js] [--no-write]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { ROOT } from "../compiler/paths.js";

const DOC = join(ROOT, "docs", "performance.md");
const BEGIN = "<!-- startup:begin (npm run bench:startup) -->", END = "<!-- startup:end -->";
const SMALL = "print([3, 1, 2].sort.sum)\n";

const work = mkdtempSync(join(tmpdir(), "ideo-startup-"));
const PRELOAD = join(work, "cpu.cjs");
writeFileSync(PRELOAD, `process.on("exit", () => { const u = process.resourceUsage(); require("fs").writeFileSync(process.env.IDEO_BENCH_OUT, String((u.userCPUTime + u.systemCPUTime) / 1000)); });\n`);

/** CPU milliseconds of one process running `node ARGS`. */
function cpuOf(args: string[], env: Record<string, string> = {}): number {
  const out = join(work, "cpu.txt");
  rmSync(out, { force: true });
  const r = spawnSync(process.execPath, ["-r", PRELOAD, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env, IDEO_BENCH_OUT: out } });
  if (r.status !== 0 && !existsSync(out)) throw new Error(`node ${args.join(" ")} failed: ${r.stderr}`);
  return Number(readFileSync(out, "utf8"));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(runs: number, args: string[], env?: Record<string, string>, before?: () => void): number {
  return median(Array.from({ length: runs }, () => { before?.(); return cpuOf(args, env); }));
}

/** A probe: one part, timed inside a fresh process, printed as milliseconds of CPU. */
async function probe(name: string): Promise<void> {
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const dist = (p: string) => import(pathToFileURL(join(ROOT, "dist", p)).href);
  const assets = await dist("compiler/node-assets.js");
  if (name === "binaryen" || name === "binaryen-baseline" || name === "binaryen-split") {
    if (name !== "binaryen") setFlagsFromString("--liftoff-only");
    const t = cpu();
    await (name === "binaryen-split" ? assets.nodeAssets.binaryen() : import("binaryen"));
    console.log(cpu() - t);
    return;
  }
  const { useAssets } = await dist("compiler/assets.js");
  if (name === "parser" || name === "parser-computed") {
    if (name === "parser-computed") useAssets({ ...assets.nodeAssets, lookahead: () => undefined });
    const { lex } = await dist("compiler/syntax/lexer.js");
    const { parse } = await dist("compiler/syntax/parser.js");
    const t = cpu();
    parse(lex(SMALL).tokens);
    console.log(cpu() - t);
    return;
  }
  if (name === "registry" || name === "registry-rooms") {
    const { loadRegistry, registryFromIndex } = await dist("compiler/blocks/registry.js");
    const { indexOf, loadRooms } = await dist("compiler/blocks/rooms.js");
    const t = cpu();
    if (name === "registry") await loadRegistry();
    else registryFromIndex(indexOf(await loadRooms()));
    console.log(cpu() - t);
    return;
  }
  throw new Error(`unknown probe ${name}`);
}

function probeCpu(runs: number, name: string): number {
  const script = join(ROOT, "dist", "scripts", "bench-startup.js");
  return median(Array.from({ length: runs }, () => {
    const r = spawnSync(process.execPath, [script, "--probe", name], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`probe ${name} failed: ${r.stderr}`);
    return Number(r.stdout.trim());
  }));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = (flag: string) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  if (at("--probe")) return probe(at("--probe")!);
  const runs = Number(at("--runs") ?? 5);
  const cli = at("--cli") ?? join(ROOT, "bin", "ideo.js");
  const file = join(work, "small.ideo");
  writeFileSync(file, SMALL);
  const cache = join(work, "cache");
  const env = { IDEO_CACHE_DIR: cache };
  const step = (what: string) => process.stderr.write(`${what}…\n`);

  step("node alone");
  const node = measure(runs, ["-e", "0"]);
  step("the CLI");
  const cases: [string, number][] = [
    ["`ideo --version` (load the CLI)", measure(runs, [cli, "--version"], env)],
    ["`ideo check` a one-line file", measure(runs, [cli, "check", file], env)],
    ["`ideo run` it, compiling (`--no-cache`)", measure(runs, [cli, "run", "--no-cache", file], env)],
    ["`ideo run` it again (module cache hit)", measure(runs, [cli, "run", file], env, () => cpuOf([cli, "run", file], env))],
  ];
  step("the parts");
  const parts: [string, number][] = [
    ["the parser's first use, stored lookahead", probeCpu(runs, "parser")],
    ["the parser's first use, lookahead computed by Chevrotain", probeCpu(runs, "parser-computed")],
    ["the block registry from build/registry.json", probeCpu(runs, "registry")],
    ["the block registry from the rooms (every blocks/*/*.js imported)", probeCpu(runs, "registry-rooms")],
    ["importing binaryen.js as the package ships it (one 15 MB script), V8 defaults", probeCpu(runs, "binaryen")],
    ["the same, WebAssembly on Liftoff only (as `ideo run` compiles)", probeCpu(runs, "binaryen-baseline")],
    ["importing binaryen.js as the build splits it (glue and a .wasm file: what Ideo loads), Liftoff only", probeCpu(runs, "binaryen-split")],
  ];
  rmSync(work, { recursive: true, force: true });

  const ms = (x: number) => `${Math.round(x)} ms`;
  const section = [
    BEGIN,
    "## Start-up",
    "",
    `CPU time of one process (user + system, all threads), median of ${runs} runs, measured by`,
    "`npm run bench:startup` (scripts/bench-startup.ts) on a one-line program. Node's own start",
    `(\`node -e 0\`, ${ms(node)}) is subtracted from the commands.`,
    "",
    "| command | CPU beyond Node's start |",
    "|---|---:|",
    ...cases.map(([what, t]) => `| ${what} | ${ms(t - node)} |`),
    "",
    "The parts, each timed inside a fresh process:",
    "",
    "| part | CPU |",
    "|---|---:|",
    ...parts.map(([what, t]) => `| ${what} | ${ms(t)} |`),
    "",
    END,
  ].join("\n");
  console.log(section);
  if (argv.includes("--no-write")) return;
  const doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
  const start = doc.indexOf(BEGIN), end = doc.indexOf(END);
  const next = start >= 0 && end > start ? doc.slice(0, start) + section + doc.slice(end + END.length) : `${doc.trimEnd()}${doc ? "\n\n" : ""}${section}\n`;
  writeFileSync(DOC, next);
  process.stderr.write(`wrote the Start-up section of ${DOC}\n`);
}

main().catch((e) => {
  console.error(`bench:startup failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
