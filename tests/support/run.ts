// Running Ideo programs in tests the way the CLI does: compile, load, call main, collect output.
import { compile, load } from "../../compiler/index.js";
import { spawn, spawnSync } from "node:child_process";
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

/** Where the commands the tests run keep their module cache: a folder of this test process's own. */
export const TEST_CACHE = mkdtempSync(join(tmpdir(), "ideo-cache-"));

/** The same, without blocking the test's process while the command runs (for tests that run it many
 *  times: vitest's worker must keep answering). */
export function cliAsync(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "ideo.js"), ...args], { cwd: ROOT, env: { ...process.env, IDEO_CACHE_DIR: TEST_CACHE, ...env } });
    let stdout = "", stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => { stdout += d; });
    child.stderr.setEncoding("utf8").on("data", (d: string) => { stderr += d; });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** The real `ideo` command in a child process. */
export function cli(args: string[], input?: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string; ms: number } {
  const t = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "ideo.js"), ...args], { encoding: "utf8", input, timeout: 60_000, cwd: ROOT, env: { ...process.env, IDEO_CACHE_DIR: TEST_CACHE, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t };
}
