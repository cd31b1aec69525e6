// `ideo fix FILE`: apply the fixes diagnostics carry when each is unambiguous (one clear
// replacement for one span), then report what is left.
import type { Command } from "commander";
import { writeFileSync } from "node:fs";
import { analyze, AnalyzeOptions } from "../compiler/frontend.js";
import { Diagnostic, render } from "../compiler/diagnostics.js";
import { readImport, readSource } from "./io.js";

export function applyFixes(source: string, diags: Diagnostic[]): { text: string; applied: Diagnostic[] } {
  // a fix past the end of the text is in a file the program imports: that file is not being fixed
  const fixes = diags.filter((d) => d.fix && d.fix.span.end <= source.length).sort((a, b) => b.fix!.span.start - a.fix!.span.start);
  const applied: Diagnostic[] = [];
  let text = source, floor = Infinity;
  for (const d of fixes) {
    const { span, replacement } = d.fix!;
    if (span.end > floor) continue; // overlapping fixes: keep the later one only
    text = text.slice(0, span.start) + replacement + text.slice(span.end);
    floor = span.start;
    applied.push(d);
  }
  return { text, applied: applied.reverse() };
}

/** What `ideo check` reports: with the style lints, imports read where the file is. */
const analyzeFile = (text: string, where: Pick<AnalyzeOptions, "file" | "files">) => analyze(text, { style: true, ...where });

const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === "error").length;

/**
 * Apply fixes in rounds until none is left (a fix may make another possible: a loop becomes a
 * block call, then the function fits on one line). A round that adds an error is undone and its
 * fixes are tried one at a time, each kept only if it adds none.
 */
export async function fixAll(source: string, rounds = 20, where: Pick<AnalyzeOptions, "file" | "files"> = {}): Promise<{ text: string; applied: Diagnostic[] }> {
  const analyze = (text: string) => analyzeFile(text, where);
  let text = source;
  const applied: Diagnostic[] = [];
  let diags = (await analyze(text)).diagnostics;
  for (let round = 0; round < rounds; round++) {
    const r = applyFixes(text, diags);
    if (!r.applied.length) break;
    const next = (await analyze(r.text)).diagnostics;
    if (errors(next) <= errors(diags)) {
      applied.push(...r.applied);
      text = r.text;
      diags = next;
      continue;
    }
    let progress = false;
    for (const d of r.applied) {
      const one = applyFixes(text, [d]);
      const after = (await analyze(one.text)).diagnostics;
      if (errors(after) > errors(diags)) continue;
      applied.push(d);
      text = one.text;
      diags = after;
      progress = true;
      break; // spans after this fix have moved: analyze again
    }
    if (!progress) break;
  }
  return { text, applied };
}

export function fixCommand(program: Command): void {
  program.command("fix")
    .description("apply the unambiguous fixes that `ideo check` suggests, in place: typos, and the shorter forms the warnings name")
    .argument("<file>", "an .ideo source file")
    .option("--dry-run", "print the fixed source instead of writing it")
    .addHelpText("after", `
Examples:
  $ ideo fix prog.ideo              xs.sotr becomes xs.sort, totl becomes total
  $ ideo fix prog.ideo --dry-run    a loop that sums becomes xs.sum, a trailing return goes

A fix is kept only if the program has no more errors after it.`)
    .action(async (file: string, opts) => {
      const { source, diagnostic } = readSource(file);
      if (diagnostic) { console.error(render([diagnostic], "", file)); process.exit(1); }
      const { text, applied } = await fixAll(source, 20, { file, files: readImport });
      for (const d of applied) console.error(`fixed: ${d.fix!.description}`);
      if (opts.dryRun) process.stdout.write(text);
      else if (applied.length) writeFileSync(file, text);
      const after = await analyzeFile(text, { file, files: readImport });
      const left = after.diagnostics;
      if (left.length) console.error(render(left, text, file, after.files));
      console.error(`${applied.length} fix${applied.length === 1 ? "" : "es"} applied, ${left.length} diagnostic${left.length === 1 ? "" : "s"} left`);
      process.exit(left.some((d) => d.severity === "error") ? 1 : 0);
    });
}
