// `ideo fmt [--check] FILE|DIR...`: rewrite programs in the canonical layout (compiler/format/).
// A file with syntax errors is left as it is and its diagnostics are printed.
import type { Command } from "commander";
import { writeFileSync } from "node:fs";
import { format } from "../compiler/format/format.js";
import { Diagnostic, JsonDiagnostic, LineMap, render, toJson } from "../compiler/diagnostics.js";
import { TokensUsageError, collectFiles } from "./tokens.js";
import { readSource } from "./io.js";
import { MAX_SOURCE } from "../compiler/frontend.js";

type Status = "formatted" | "unchanged" | "would change" | "error";

interface FileResult { file: string; status: Status; diagnostics: JsonDiagnostic[] }

/** Format one file's text: its status, and the new text when it changes. */
export function formatText(source: string): { status: Exclude<Status, "formatted">; text?: string; diagnostics: Diagnostic[] } {
  const r = format(source);
  if (r.text === undefined) return { status: "error", diagnostics: r.diagnostics };
  return r.text === source ? { status: "unchanged", diagnostics: [] } : { status: "would change", text: r.text, diagnostics: [] };
}

function formatFile(file: string, write: boolean, json: boolean): FileResult {
  const { source, diagnostic } = readSource(file);
  const r = diagnostic ? { status: "error" as const, diagnostics: [diagnostic] } : formatText(source);
  if (r.status === "error" && !json) console.error(render(r.diagnostics, source ?? "", file));
  if (r.status === "would change" && write) writeFileSync(file, r.text!);
  const lines = new LineMap(source ?? "");
  return { file, status: r.status === "would change" && write ? "formatted" : r.status, diagnostics: r.diagnostics.map((d) => toJson(d, file, lines)) };
}

/** Standard input up to the size a program may be (an endless pipe is not read to the end). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    if ((total += (c as Buffer).length) > MAX_SOURCE) throw new TokensUsageError(`standard input is larger than ${MAX_SOURCE / 1048576} MB, the most a program may be`);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function fmtCommand(program: Command): void {
  program.command("fmt")
    .description("rewrite programs in the one canonical layout (directories: every .ideo file in them)")
    .argument("[paths...]", "files and directories, or - to format standard input to standard output")
    .option("--check", "write nothing; list the files that would change, and exit 1 if there are any")
    .option("--json", "print an array of {file, status, diagnostics}: status formatted, unchanged, would change or error")
    .addHelpText("after", `
The layout: two spaces per block; spaces around operators and after commas; lines of at most
100 columns where brackets or chains allow a break (a line starting with . continues a chain);
comments kept; at most one blank line in a row. Only the space between tokens changes, and
ideo fmt checks that the formatted program parses to the same program before writing it.
Directories are walked for .ideo files, skipping node_modules, .git, dist and build.

Examples:
  $ ideo fmt prog.ideo                 rewrite prog.ideo in place
  $ ideo fmt --check src               list the files that are not formatted (exit 1 if any)
  $ ideo fmt - < prog.ideo             print the formatted program`)
    .action(async (paths: string[], opts: { check?: boolean; json?: boolean }) => {
      if (paths.length === 1 && paths[0] === "-") {
        let source: string;
        try { source = await readStdin(); } catch (e) { console.error(`error: ${(e as Error).message}`); process.exitCode = 1; return; }
        const r = formatText(source);
        if (r.status === "error") { console.error(render(r.diagnostics, source, "<stdin>")); process.exitCode = 1; return; }
        process.stdout.write(r.text ?? source);
        return;
      }
      let files: string[];
      try {
        if (!paths.length) throw new TokensUsageError("no files given: name .ideo files or directories, or - for standard input");
        files = collectFiles(paths, (f) => f.endsWith(".ideo"));
      } catch (e) {
        if (!(e instanceof TokensUsageError)) throw e;
        console.error(`error: ${e.message}`);
        process.exitCode = 2;
        return;
      }
      const results = files.map((f) => formatFile(f, !opts.check, !!opts.json));
      const count = (s: Status) => results.filter((r) => r.status === s).length;
      if (opts.json) console.log(JSON.stringify(results, null, 1));
      else if (opts.check) for (const r of results) if (r.status === "would change") console.log(r.file);
      const changed = opts.check ? `${count("would change")} would change` : `${count("formatted")} formatted`;
      console.error(`${results.length} file${results.length === 1 ? "" : "s"}: ${changed}, ${count("unchanged")} unchanged${count("error") ? `, ${count("error")} with errors (left as they are)` : ""}`);
      if (count("error") || count("would change")) process.exitCode = 1;
    });
}
