// The campaign log, fuzz/campaigns.json: one entry per run of `npm run fuzz` or `npm run difftest`
// with the seed range it covered and the commit it ran on, so figures add up across runs and a new
// run resumes where the last one of its seed stopped.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";

export const LOG = join(ROOT, "fuzz", "campaigns.json");

export interface LogEntry {
  kind: "fuzz" | "difftest";
  seed: number;
  from: number;
  to: number;
  commit: string;
  date: string;
  seconds: number;
  [figure: string]: unknown;
}

export function readLog(): LogEntry[] {
  return existsSync(LOG) ? (JSON.parse(readFileSync(LOG, "utf8")) as LogEntry[]) : [];
}

export function appendLog(entry: Omit<LogEntry, "commit" | "date">): void {
  const log = readLog();
  log.push({ ...entry, commit: commit(), date: new Date().toISOString().slice(0, 19) + "Z" } as LogEntry);
  writeFileSync(LOG, JSON.stringify(log, null, 1) + "\n");
}

/** Where a new run of this kind and seed starts: after every range already covered. */
export function resumeFrom(kind: LogEntry["kind"], seed: number): number {
  return readLog().filter((e) => e.kind === kind && e.seed === seed).reduce((a, e) => Math.max(a, e.to), 0);
}

/** Totals over the log, by kind: inputs (or programs) and failures (or mismatches). */
export function totals(kind: LogEntry["kind"], figure: string): { runs: number; count: number; figure: number } {
  const es = readLog().filter((e) => e.kind === kind);
  return { runs: es.length, count: es.reduce((a, e) => a + (e.to - e.from), 0), figure: es.reduce((a, e) => a + Number(e[figure] ?? 0), 0) };
}

function commit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short=10", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return "unknown";
  }
}
