// Building each variant of a kernel and calling it. Every call returns the kernel's result and
// the milliseconds it took; for the wasm variants that includes moving text arguments into linear
// memory, as a caller from JS must (Ideo's load() does it; for clang and asc the harness and asc's
// bindings do the same copy), and for gcc it is the time the program measured itself.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compile, load, SANDBOX_LIMITS, type OptLevel } from "../compiler/index.js";
import { ROOT } from "../compiler/paths.js";
import { argsFor, nativeArgs } from "./inputs.js";
import { Kernel, SOURCE, Variant, sourceOf } from "./kernels.js";
import { clangSteps } from "./tools.js";

/** Where `npm run bench` builds (tests build in a directory of their own). */
export const BUILD_DIR = join(ROOT, "build", "bench");

export interface Timed { result: string; ms: number }

export interface Runner {
  variant: Variant;
  call(n: number): Timed;
}

export interface BuildOptions {
  /** Binaryen's level for the Ideo variants. */
  opt: OptLevel;
  /** Where modules and programs are built (a folder per kernel) and native programs find their
   *  text inputs (inputs/). */
  dir: string;
}

/** Build one variant of a kernel (the caller has checked that its compiler is there). */
export async function build(k: Kernel, v: Variant, o: BuildOptions): Promise<Runner> {
  const out = kernelDir(o.dir, k);
  switch (v) {
    case "ideo":
    case "ideo-fuel":
    case "ideo-blocks":
      return ideo(k, v, o.opt);
    case "js":
      return js(k);
    case "clang":
      return clang(k, out);
    case "asc":
      return asc(k, out);
    case "gcc":
      return gcc(k, out, join(o.dir, "inputs"));
  }
}

export function kernelDir(dir: string, k: Kernel): string {
  const out = join(dir, k.name);
  mkdirSync(out, { recursive: true });
  return out;
}

/** Time one call; results cross as whatever the language returns and are compared as decimal text. */
function timed(f: () => unknown): Timed {
  const t0 = performance.now();
  const result = f();
  const ms = performance.now() - t0;
  return { result: String(result), ms };
}

const timedCall = (f: (...args: unknown[]) => unknown, args: unknown[]) => timed(() => f(...args));

export async function compileIdeo(k: Kernel, v: Variant, opt: OptLevel): Promise<Uint8Array> {
  const file = `bench/kernels/${k.name}/${SOURCE[v]}`;
  // the kernel alone is exported, as clang's and asc's modules export it alone
  const r = await compile(sourceOf(k, v), { optimize: opt, file, fuel: v === "ideo-fuel", exports: ["kernel"] });
  if (!r.wasm) throw new Error(`${file} does not compile:\n${r.render()}`);
  return r.wasm;
}

async function ideo(k: Kernel, v: Variant, opt: OptLevel): Promise<Runner> {
  // ideo-fuel runs under the limits `ideo run` sets by default
  const { kernel } = await load(await compileIdeo(k, v, opt), { write: () => {}, ...(v === "ideo-fuel" ? SANDBOX_LIMITS : {}) });
  return { variant: v, call: (n) => timedCall(kernel, argsFor(k, n)) };
}

async function js(k: Kernel): Promise<Runner> {
  const { kernel } = (await import(pathToFileURL(join(k.dir, SOURCE.js)).href)) as { kernel: (...a: unknown[]) => unknown };
  return { variant: "js", call: (n) => timedCall(kernel, argsFor(k, n)) };
}

const encoder = new TextEncoder();

/** kernel.c by clang -O3 for wasm32, exporting the kernel (and malloc and free, for text inputs). */
export async function buildClang(k: Kernel, out: string): Promise<Uint8Array> {
  const file = join(out, "clang.wasm");
  for (const args of clangSteps(join(k.dir, SOURCE.clang), file, k.input === "n" ? ["kernel"] : ["kernel", "malloc", "free"])) await run("clang", args);
  return new Uint8Array(readFileSync(file));
}

/** A compiler as a child process: builds run side by side while this process compiles Ideo and asc. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr}`))));
  });
}

async function clang(k: Kernel, out: string): Promise<Runner> {
  const wasm = await buildClang(k, out);
  const module = new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>);
  const ex = new WebAssembly.Instance(module, stubImports(module)).exports as Record<string, any>;
  const memory = ex.memory as WebAssembly.Memory;
  // a text goes in as (pointer, byte length), copied into memory malloc gave, as Ideo's host does
  const call = (n: number) => {
    const args = argsFor(k, n);
    if (k.input === "n") return timed(() => ex.kernel(args[0]));
    return timed(() => {
      const raw: number[] = [];
      for (const text of args) {
        const bytes = encoder.encode(String(text));
        const p = ex.malloc(bytes.length) as number;
        new Uint8Array(memory.buffer, p, bytes.length).set(bytes);
        raw.push(p, bytes.length);
      }
      const result = ex.kernel(...raw);
      for (let i = 0; i < raw.length; i += 2) ex.free(raw[i]);
      return result;
    });
  };
  return { variant: "clang", call };
}

/** wasi-libc's stdio brings imports (fd_write …) that the kernels never reach: each throws if called. */
function stubImports(module: WebAssembly.Module): WebAssembly.Imports {
  const imports: Record<string, Record<string, () => never>> = {};
  for (const { module: m, name } of WebAssembly.Module.imports(module)) {
    imports[m] ??= {};
    imports[m][name] = () => { throw new Error(`the clang module called its import ${m}.${name}`); };
  }
  return imports;
}

/** The AssemblyScript compiler, loaded once (it is large). */
let ascModule: Promise<typeof import("assemblyscript/asc")> | undefined;
export const ascCompiler = () => (ascModule ??= import("assemblyscript/asc"));

/** Compile kernel.as.ts at -O3 with asc's raw bindings (the glue that moves strings in). */
export async function compileAsc(k: Kernel, out: string): Promise<{ wasm: string; glue: string }> {
  const asc = await ascCompiler();
  const wasm = join(out, "asc.wasm");
  const stderr: string[] = [];
  const r = await asc.main([join(k.dir, SOURCE.asc), "-O3", "--bindings", "raw", "-o", wasm], {
    stdout: { write: () => true } as never,
    stderr: { write: (s: string | Uint8Array) => (stderr.push(String(s)), true) } as never,
  });
  if (r.error) throw new Error(`bench/kernels/${k.name}/${SOURCE.asc} does not compile: ${r.error.message}\n${stderr.join("")}`);
  return { wasm, glue: join(out, "asc.js") };
}

async function asc(k: Kernel, out: string): Promise<Runner> {
  const files = await compileAsc(k, out);
  const wasm = new Uint8Array(readFileSync(files.wasm));
  // a fresh URL each build: the import cache would otherwise keep an older glue file
  const glue = (await import(`${pathToFileURL(files.glue).href}?${Date.now()}`)) as { instantiate: (m: WebAssembly.Module, i?: object) => Promise<Record<string, any>> };
  const ex = await glue.instantiate(new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>));
  return { variant: "asc", call: (n) => timedCall(ex.kernel, argsFor(k, n)) };
}

async function gcc(k: Kernel, out: string, inputDir: string): Promise<Runner> {
  const bin = join(out, "native");
  const mode = k.input === "n" ? [] : [k.input === "text" ? "-DTEXT" : "-DTEXTS"];
  await run("gcc", ["-O3", ...mode, "-o", bin, join(k.dir, SOURCE.gcc), join(ROOT, "bench", "native.c"), "-lm"]);
  const call = (n: number): Timed => {
    const r = spawnSync(bin, nativeArgs(k, n, inputDir), { encoding: "utf8" });
    const m = /^(-?\d+) (\d+)\s*$/.exec(r.stdout ?? "");
    if (r.status !== 0 || !m) throw new Error(`${bin} failed (exit ${r.status}): ${r.stderr || r.stdout}`);
    return { result: m[1], ms: Number(m[2]) / 1e6 };
  };
  return { variant: "gcc", call };
}

