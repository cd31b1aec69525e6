// Running a module built for WASI (`ideo build --wasi`) under Node's own WASI host, node:wasi, in the
// test's process: arguments and standard input in, standard output, standard error and the exit code
// out, through files (a WASI host reads and writes file descriptors).
import { mkdtempSync, openSync, closeSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WASI as WasiClass } from "node:wasi";

let WASI: typeof WasiClass | undefined;

/** node:wasi, loaded once without its "experimental feature" warning, which would only be noise in
 *  the test output (this is what the tests use it for). */
async function wasiClass(): Promise<typeof WasiClass> {
  if (WASI) return WASI;
  const emit = process.emitWarning;
  process.emitWarning = ((w: string | Error, ...rest: unknown[]) => {
    if (!String(typeof w === "string" ? w : w.message).includes("WASI")) (emit as (...a: unknown[]) => void).call(process, w, ...rest);
  }) as typeof process.emitWarning;
  try {
    WASI = (await import("node:wasi")).WASI;
    new WASI({ version: "preview1" }); // the warning comes with the first instance
  } finally {
    process.emitWarning = emit;
  }
  return WASI;
}

export interface WasiRun { stdout: string; stderr: string; code: number }

const dir = mkdtempSync(join(tmpdir(), "ideo-wasi-"));
let runs = 0;

/** Runs the module's `_start` as `prog ARGS…` with `stdin` as its standard input. */
export async function runWasi(wasm: Uint8Array, args: string[] = [], stdin = ""): Promise<WasiRun> {
  const W = await wasiClass();
  const base = join(dir, `run${runs++}`);
  writeFileSync(`${base}.in`, stdin);
  const fds = [openSync(`${base}.in`, "r"), openSync(`${base}.out`, "w"), openSync(`${base}.err`, "w")];
  try {
    const wasi = new W({ version: "preview1", args: ["prog", ...args], env: {}, stdin: fds[0], stdout: fds[1], stderr: fds[2], returnOnExit: true });
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>), wasi.getImportObject() as WebAssembly.Imports);
    const code = wasi.start(instance);
    return { stdout: readFileSync(`${base}.out`, "utf8"), stderr: readFileSync(`${base}.err`, "utf8"), code };
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}
