// The module cache of `ideo run`: a program run again unchanged skips compiling, and so never loads
// the parser or Binaryen. An entry is the built module (and the warnings that came with it), keyed by
// a hash of the source, the optimization level and the build (dist/bundle/build.json, whose id changes
// with the compiler, the registry index and the templates). It lives in $IDEO_CACHE_DIR, else
// $XDG_CACHE_HOME/ideo, else ~/.cache/ideo; it keeps at most MAX_ENTRIES modules and MAX_BYTES bytes,
// dropping the least recently used; `ideo cache --clear` empties it and `ideo run --no-cache` skips it.
// A cache that cannot be read or written is no cache: it never fails a run.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import type { Diagnostic } from "../compiler/diagnostics.js";

export const MAX_ENTRIES = 1000;
export const MAX_BYTES = 64 * 1024 * 1024;

export interface Cached {
  wasm: Uint8Array;
  /** Warnings the compile gave (a cached module never had errors). */
  diagnostics: Diagnostic[];
}

export function cacheDir(): string {
  const env = process.env;
  if (env.IDEO_CACHE_DIR) return env.IDEO_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "ideo");
}

/** The build this code belongs to: the bundle writes build.json beside itself. Unbundled code has
 *  none, and so no cache. */
function buildId(): string | undefined {
  try {
    return JSON.parse(readFileSync(new URL("./build.json", import.meta.url), "utf8")).id;
  } catch {
    return undefined;
  }
}

export function cacheKey(source: string, optimize: string | number): string | undefined {
  const build = buildId();
  if (!build) return undefined;
  return createHash("sha256").update(`${build}\0O${optimize}\0`).update(source).digest("hex").slice(0, 40);
}

export function readCached(key: string): Cached | undefined {
  const dir = cacheDir(), wasmFile = join(dir, `${key}.wasm`);
  try {
    const wasm = readFileSync(wasmFile);
    if (!WebAssembly.validate(wasm)) return undefined; // a damaged entry is compiled again and rewritten
    const notes = join(dir, `${key}.json`);
    const diagnostics = existsSync(notes) ? JSON.parse(readFileSync(notes, "utf8")) : [];
    const now = new Date();
    utimesSync(wasmFile, now, now); // least recently used goes first
    return { wasm: new Uint8Array(wasm), diagnostics };
  } catch {
    return undefined;
  }
}

export function writeCached(key: string, entry: Cached): void {
  const dir = cacheDir();
  try {
    mkdirSync(dir, { recursive: true });
    // the warnings first, the module last and by rename: a reader that sees the module sees it whole
    if (entry.diagnostics.length) writeFileSync(join(dir, `${key}.json`), JSON.stringify(entry.diagnostics));
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, entry.wasm);
    renameSync(tmp, join(dir, `${key}.wasm`));
    evict(dir);
  } catch {
    /* no cache this time */
  }
}

interface Entry { key: string; bytes: number; used: number }

function entries(dir: string): Entry[] {
  if (!existsSync(dir)) return [];
  const out = new Map<string, Entry>();
  for (const f of readdirSync(dir)) {
    const m = /^([0-9a-f]{40})\.(wasm|json)$/.exec(f);
    if (!m) continue;
    const st = statSync(join(dir, f));
    const e = out.get(m[1]) ?? { key: m[1], bytes: 0, used: 0 };
    e.bytes += st.size;
    if (m[2] === "wasm") e.used = st.mtimeMs;
    out.set(m[1], e);
  }
  return [...out.values()];
}

function remove(dir: string, key: string): void {
  for (const ext of ["wasm", "json"]) rmSync(join(dir, `${key}.${ext}`), { force: true });
}

/** Drop the least recently used entries until the cache is within its bounds. */
function evict(dir: string): void {
  const all = entries(dir).sort((a, b) => a.used - b.used);
  let bytes = all.reduce((n, e) => n + e.bytes, 0), count = all.length;
  for (const e of all) {
    if (count <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
    remove(dir, e.key);
    count--;
    bytes -= e.bytes;
  }
}

export function cacheStats(): { dir: string; entries: number; bytes: number } {
  const dir = cacheDir(), all = entries(dir);
  return { dir, entries: all.length, bytes: all.reduce((n, e) => n + e.bytes, 0) };
}

/** Remove every entry; returns how many there were. */
export function clearCache(): number {
  const dir = cacheDir(), all = entries(dir);
  for (const e of all) remove(dir, e.key);
  return all.length;
}

export function cacheCommand(program: Command): void {
  program.command("cache")
    .description("show where `ideo run` keeps built modules and how much it holds, or empty it")
    .option("--clear", "remove every cached module")
    .option("--json", "print {dir, entries, bytes, cleared?}")
    .addHelpText("after", `
The cache holds at most ${MAX_ENTRIES} modules and ${MAX_BYTES / 1048576} MB, dropping the least recently used.
It lives in $IDEO_CACHE_DIR, else $XDG_CACHE_HOME/ideo, else ~/.cache/ideo.

Examples:
  $ ideo cache
  $ ideo cache --clear
  $ IDEO_CACHE_DIR=/tmp/ideo-cache ideo run examples/tour.ideo`)
    .action((opts: { clear?: boolean; json?: boolean }) => {
      const cleared = opts.clear ? clearCache() : undefined;
      const stats = cacheStats();
      if (opts.json) console.log(JSON.stringify({ ...stats, ...(cleared === undefined ? {} : { cleared }) }));
      else console.log(`${cleared === undefined ? "" : `removed ${cleared} modules\n`}${stats.dir}: ${stats.entries} modules, ${(stats.bytes / 1024).toFixed(1)} KB`);
    });
}
