// The outside compilers the C variants need: clang with lld, wasi-libc and compiler-rt's wasm32
// builtins (Debian: clang lld wasi-libc libclang-rt-dev-wasm32), and gcc for the native runs.
// `npm run bench` installs them with apt-get when they are missing and it may; tests only ask.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CLANG_PACKAGES = ["clang", "lld", "wasi-libc", "libclang-rt-dev-wasm32"];
export const GCC_PACKAGES = ["gcc", "libc6-dev"];

/** clang's two steps to a wasm32 module without a main, exporting what the harness calls: compile
 *  at -O3, then link without -O, because clang given -O at the link step runs any `wasm-opt` on the
 *  PATH over the module (npm puts Binaryen's there), which would make it clang's and Binaryen's. */
export function clangSteps(source: string, out: string, exports: string[]): string[][] {
  const object = `${out}.o`;
  return [
    ["--target=wasm32-wasi", "-O3", "-c", "-o", object, source],
    ["--target=wasm32-wasi", "-nostartfiles", "-Wl,--no-entry", "-Wl,--strip-all", ...exports.map((e) => `-Wl,--export=${e}`), "-o", out, object],
  ];
}

/** Whether clang builds a wasm32 module that allocates (so wasm-ld, wasi-libc and the builtins are there). */
export function clangWorks(): boolean {
  return builds("clang", (dir) => clangSteps(join(dir, "t.c"), join(dir, "t.wasm"), ["f"]));
}

export function gccWorks(): boolean {
  return builds("gcc", (dir) => [["-O3", "-o", join(dir, "t"), join(dir, "t.c"), "-lm"]]);
}

function builds(command: string, steps: (dir: string) => string[][]): boolean {
  const dir = mkdtempSync(join(tmpdir(), "ideo-bench-tools-"));
  try {
    writeFileSync(join(dir, "t.c"), "#include <stdlib.h>\nlong long f(int n) { long long *a = malloc(8 * n); a[0] = n; long long r = a[0] * 2; free(a); return r; }\nint main(void) { return (int)f(1) - 2; }\n");
    return steps(dir).every((args) => spawnSync(command, args, { stdio: "ignore", timeout: 60_000 }).status === 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Install the Debian packages with apt-get (as root), reporting on stderr; false when it cannot. */
export function aptInstall(packages: string[], log: (line: string) => void): boolean {
  if (process.getuid?.() !== 0 || spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status !== 0) return false;
  log(`installing ${packages.join(" ")} with apt-get`);
  try {
    execFileSync("apt-get", ["update", "-q"], { stdio: ["ignore", "ignore", "inherit"] });
    execFileSync("apt-get", ["install", "-y", "-q", ...packages], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    return true;
  } catch {
    return false;
  }
}

/** One line naming a compiler's version, for the report. */
export function versionOf(command: string): string {
  const r = spawnSync(command, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.split("\n")[0].trim() : "absent";
}
