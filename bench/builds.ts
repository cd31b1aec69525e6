// What building costs: module sizes, compile times of the Ideo compiler against asc's (cold, in a
// fresh process, and warm, in this one), and the CPU the CLI spends starting up.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { Kernel, SOURCE, hasVariant } from "./kernels.js";
import { median } from "./measure.js";
import { BUILD_DIR, buildClang, compileAsc, compileIdeo } from "./variants.js";

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
      asc: codeBytes(readFileSync((await compileAsc(k, outDir(k))).wasm)),
    };
    if (hasVariant(k, "ideo-blocks")) row.blocks = { O2: codeBytes(await compileIdeo(k, "ideo-blocks", 2)), O3: codeBytes(await compileIdeo(k, "ideo-blocks", 3)) };
    if (clang) row.clang = codeBytes(await buildClang(k, outDir(k)));
    rows.push(row);
  }
  return rows;
}

const outDir = (k: Kernel) => {
  const dir = join(BUILD_DIR, k.name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

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

export interface CompileTimes {
  kernel: string;
  /** Milliseconds: `ideo build` and `asc` in a fresh process (wall clock, Node's start included),
   *  and compile() / asc's main() again in this process (median of `reps`, after one to warm up). */
  ideoCold: number;
  ideoWarm: number;
  ascCold: number;
  ascWarm: number;
}

export async function compileTimes(kernels: Kernel[], reps: number, progress: (l: string) => void): Promise<CompileTimes[]> {
  const rows: CompileTimes[] = [];
  for (const k of kernels) {
    progress(`compile times: ${k.name}`);
    const out = outDir(k);
    const ideoSrc = join(k.dir, SOURCE.ideo), ascSrc = join(k.dir, SOURCE.asc);
    const ideoCold = wall(() => node([join(ROOT, "bin", "ideo.js"), "build", ideoSrc, "-o", join(out, "cold.wasm")]));
    const ascCold = wall(() => node([join(ROOT, "node_modules", "assemblyscript", "bin", "asc.js"), ascSrc, "-O3", "-o", join(out, "cold-asc.wasm")]));
    const ideoWarm = await warm(reps, () => compileIdeo(k, "ideo", 2));
    const ascWarm = await warm(reps, () => compileAsc(k, out));
    rows.push({ kernel: k.name, ideoCold, ideoWarm, ascCold, ascWarm });
  }
  return rows;
}

function node(args: string[]): void {
  const r = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${r.stderr}`);
}

function wall(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

async function warm(reps: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export interface Startup {
  /** Median CPU milliseconds (user + system, from the children's resource usage) of each command. */
  node: number;
  check: number;
  run: number;
  /** Median wall milliseconds of the same. */
  wall: { node: number; check: number; run: number };
  reps: number;
}

/** CPU of `ideo check` and `ideo run` on a one-line file, and of `node -e 0` to subtract. Each
 *  command runs under bash, whose `times` reports the user and system time of its children. */
export function startupCosts(reps: number, progress: (l: string) => void): Startup {
  const tiny = join(BUILD_DIR, "tiny.ideo");
  mkdirSync(BUILD_DIR, { recursive: true });
  writeFileSync(tiny, "print(1 + 2)\n");
  const ideo = `${quote(process.execPath)} ${quote(join(ROOT, "bin", "ideo.js"))}`;
  const commands = { node: `${quote(process.execPath)} -e 0`, check: `${ideo} check ${quote(tiny)}`, run: `${ideo} run ${quote(tiny)}` };
  const cpu: Record<string, number[]> = { node: [], check: [], run: [] }, walls: Record<string, number[]> = { node: [], check: [], run: [] };
  for (let i = 0; i < reps; i++) {
    progress(`start-up: ${i + 1}/${reps}`);
    for (const [name, cmd] of Object.entries(commands)) {
      const t0 = performance.now();
      const r = spawnSync("bash", ["-c", `${cmd} >/dev/null 2>&1 || exit 1; times`], { encoding: "utf8" });
      walls[name].push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`${cmd} failed`);
      cpu[name].push(childCpu(r.stdout));
    }
  }
  return { node: median(cpu.node), check: median(cpu.check), run: median(cpu.run), wall: { node: median(walls.node), check: median(walls.check), run: median(walls.run) }, reps };
}

/** Milliseconds of user + system time from the second line of bash's `times` (its children's). */
export function childCpu(times: string): number {
  const line = times.trim().split("\n")[1] ?? "";
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)];
  if (parts.length !== 2) throw new Error(`cannot read bash's times: ${JSON.stringify(times)}`);
  return parts.reduce((sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
