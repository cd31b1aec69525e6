// Running Ideo programs in tests the way the CLI does: compile, load, call main, collect output.
import { expect } from "vitest";
import { compile, load } from "../../compiler/index.js";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../compiler/paths.js";

export async function runSource(source: string, file = "test.ideo"): Promise<{ out: string; error?: string; diagnostics?: string }> {
  const r = await compile(source, { file });
  if (!r.wasm) return { out: "", diagnostics: r.render() };
  let out = "";
  const ex = await load(r.wasm, { file, write: (t) => { out += t; } });
  try {
    ex.main?.();
  } catch (e) {
    return { out, error: (e as Error).message };
  }
  return { out };
}

/** main's output at an optimization level, a fault appended as `! message` (or the diagnostics). */
export async function runAt(source: string, optimize: 0 | 1 | 2 | 3 = 2, file = "t.ideo"): Promise<string> {
  const r = await compile(source, { file, optimize });
  if (!r.wasm) return r.render();
  let out = "";
  const ex = await load(r.wasm, { file, write: (t) => { out += t; } });
  try { ex.main(); } catch (e) { out += `! ${(e as Error).message}`; }
  return out;
}

/** main prints `expected` (and faults the same) at -O0, where Binaryen changes nothing, and at -O2. */
export async function expectRun(source: string, expected: string): Promise<void> {
  expect(await runAt(source, 0), "-O0").toBe(expected);
  expect(await runAt(source, 2), "-O2").toBe(expected);
}

/** Where the commands the tests run keep their module cache: a folder of this test process's own. */
export const TEST_CACHE = mkdtempSync(join(tmpdir(), "ideo-cache-"));

/** The same, without blocking the test's process while the command runs (for tests that run it many
 *  times: vitest's worker must keep answering). */
/** A process run to its end, asynchronously (see `cli`). */
export function runProcess(command: string, args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env } });
    let stdout = "", stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 120_000);
    child.stdout.setEncoding("utf8").on("data", (d: string) => { stdout += d; });
    child.stderr.setEncoding("utf8").on("data", (d: string) => { stderr += d; });
    child.on("close", (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
    child.stdin.on("error", () => { /* a command that does not read its input */ });
    child.stdin.end(opts.input ?? "");
  });
}

/** The real `ideo` command in a child process, asynchronously: a test waiting on it leaves vitest's
 *  worker free to answer (a synchronous wait of a minute on a loaded machine is a worker timeout). */
export async function cli(args: string[], input?: string, env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string; ms: number }> {
  const t = Date.now();
  const r = await runProcess(process.execPath, [join(ROOT, "bin", "ideo.js"), ...args], { input, env: { IDEO_CACHE_DIR: TEST_CACHE, ...env } });
  return { ...r, ms: Date.now() - t };
}
