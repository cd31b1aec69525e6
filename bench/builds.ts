// What building costs: module sizes, compile times of the Ideo compiler against asc's (cold, in a
// fresh process, and warm, in this one), and the CPU the CLI spends starting up.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { Kernel, SOURCE, hasVariant } from "./kernels.js";
import { median } from "./measure.js";
import { BUILD_DIR, buildClang, compileAsc, compileIdeo, kernelDir } from "./variants.js";

export interface Sizes {
  kernel: string;
  /** Bytes of each module without its custom sections (Ideo keeps a names section and its
   *  `ideo.sig` signatures; clang's are stripped; asc emits none). */
  ideo: { O2: number; O3: number; emitted: number };
  blocks?: { O2: number; O3: number };
  clang?: number;
  asc: number;
}

export async function moduleSizes(kernels: Kernel[], clang: boolean, progress: (l: string) => void): Promise<Sizes[]> {
  const rows: Sizes[] = [];
  for (const k of kernels) {
    progress(`sizes: ${k.name}`);
    const ideo2 = await compileIdeo(k, "ideo", 2);
    const row: Sizes = {
      kernel: k.name,
      ideo: { O2: codeBytes(ideo2), O3: codeBytes(await compileIdeo(k, "ideo", 3)), emitted: ideo2.length },
      asc: codeBytes(readFileSync((await compileAsc(k, kernelDir(BUILD_DIR, k))).wasm)),
    };
    if (hasVariant(k, "ideo-blocks")) row.blocks = { O2: codeBytes(await compileIdeo(k, "ideo-blocks", 2)), O3: codeBytes(await compileIdeo(k, "ideo-blocks", 3)) };
    if (clang) row.clang = codeBytes(await buildClang(k, kernelDir(BUILD_DIR, k)));
    rows.push(row);
  }
  return rows;
}

/** The module's size without custom sections (id 0): code, data and the rest only. */
export function codeBytes(wasm: Uint8Array): number {
  let at = 8, size = 8;
  while (at < wasm.length) {
    const id = wasm[at++];
    let len = 0, shift = 0, byte: number;
    do {
      byte = wasm[at++];
      len |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    const header = 1 + Math.ceil(shift / 7);
    if (id !== 0) size += header + len;
    at += len;
  }
  return size;
}

export interface Cost { cpu: number; wall: number }

export interface CompileTimes {
  kernel: string;
  /** Milliseconds: `ideo build` and `asc` in a fresh process (Node's start included; one run),
   *  and compile() / asc's main() again in this process (median of `reps`, after one to warm up). */
  ideoCold: Cost;
  ideoWarm: Cost;
  ascCold: Cost;
  ascWarm: Cost;
}

export async function compileTimes(kernels: Kernel[], reps: number, progress: (l: string) => void): Promise<CompileTimes[]> {
  const rows: CompileTimes[] = [];
  for (const k of kernels) {
    progress(`compile times: ${k.name}`);
    const out = kernelDir(BUILD_DIR, k);
    const ideoCold = measured([process.execPath, join(ROOT, "bin", "ideo.js"), "build", join(k.dir, SOURCE.ideo), "-o", join(out, "cold.wasm")]);
    const ascCold = measured([process.execPath, join(ROOT, "node_modules", "assemblyscript", "bin", "asc.js"), join(k.dir, SOURCE.asc), "-O3", "-o", join(out, "cold-asc.wasm")]);
    const ideoWarm = await warm(reps, () => compileIdeo(k, "ideo", 2));
    const ascWarm = await warm(reps, () => compileAsc(k, out));
    rows.push({ kernel: k.name, ideoCold, ideoWarm, ascCold, ascWarm });
  }
  return rows;
}

/** The median CPU (this process's user + system, other threads included) and wall time of f. */
async function warm(reps: number, f: () => Promise<unknown>): Promise<Cost> {
  await f();
  const cpu: number[] = [], wall: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage(), t0 = performance.now();
    await f();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

export interface Startup {
  /** Median CPU and wall milliseconds of each command: `node -e 0`, `ideo check`, `ideo run`
   *  compiling (`--no-cache`) and `ideo run` finding the module in its cache. */
  node: Cost;
  check: Cost;
  run: Cost;
  cached: Cost;
  reps: number;
}

/** The cost of the CLI on a one-line file, and of `node -e 0` to subtract. `ideo run` keeps its
 *  modules in a cache of the benchmark's own (build/bench/cache), filled before the first turn. */
export function startupCosts(reps: number, progress: (l: string) => void): Startup {
  const tiny = join(BUILD_DIR, "tiny.ideo");
  mkdirSync(BUILD_DIR, { recursive: true });
  writeFileSync(tiny, "print(1 + 2)\n");
  const env = { ...process.env, IDEO_CACHE_DIR: join(BUILD_DIR, "cache") };
  const ideo = [process.execPath, join(ROOT, "bin", "ideo.js")];
  const commands: Record<Exclude<keyof Startup, "reps">, string[]> = {
    node: [process.execPath, "-e", "0"],
    check: [...ideo, "check", tiny],
    run: [...ideo, "run", "--no-cache", tiny],
    cached: [...ideo, "run", tiny],
  };
  measured(commands.cached, env);
  const costs: Record<string, Cost[]> = { node: [], check: [], run: [], cached: [] };
  for (let i = 0; i < reps; i++) {
    progress(`start-up: ${i + 1}/${reps}`);
    for (const [name, argv] of Object.entries(commands)) costs[name].push(measured(argv, env));
  }
  const mid = (cs: Cost[]): Cost => ({ cpu: median(cs.map((c) => c.cpu)), wall: median(cs.map((c) => c.wall)) });
  return { node: mid(costs.node), check: mid(costs.check), run: mid(costs.run), cached: mid(costs.cached), reps };
}

/** Run a command under bash, whose `times` reports the user and system time of its children. */
function measured(argv: string[], env = process.env): Cost {
  const t0 = performance.now();
  const r = spawnSync("bash", ["-c", `${argv.map(quote).join(" ")} >/dev/null 2>&1 || exit 1; times`], { encoding: "utf8", env });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${argv.join(" ")} failed`);
  return { cpu: childCpu(r.stdout), wall };
}

/** Milliseconds of user + system time from the second line of bash's `times` (its children's). */
export function childCpu(times: string): number {
  const line = times.trim().split("\n")[1] ?? "";
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)];
  if (parts.length !== 2) throw new Error(`cannot read bash's times: ${JSON.stringify(times)}`);
  return parts.reduce((sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
