// What an editor asks of the compiler, on the same inputs: `ideo fmt` and the language server's
// answers must not throw on any text, and formatting must be stable and keep what the program means
// (the same errors before and after). Exploratory runs before this joined the fuzzer: 20,000 inputs
// formatted and 220,000 answers from 10,000 inputs found nothing; it is here to keep it so.
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, type Analysis } from "../compiler/frontend.js";
import { format } from "../compiler/format/format.js";
import { loadRegistry } from "../compiler/blocks/registry.js";
import { completion, definitionOf, diagnostics, hover, quickFixes, symbols } from "../cli/lsp-answers.js";
import { message, type Problem } from "./judge.js";

const errorCodes = (a: Analysis) => a.diagnostics.filter((d) => d.severity === "error").map((d) => d.code).join(" ");
const errors = async (source: string) => errorCodes(await analyze(source, { file: "/fuzz.ideo" }));

export async function editorProblems(source: string): Promise<Problem[]> {
  const out: Problem[] = [];
  // the style lints add warnings only, so this analysis's errors are the unformatted text's
  const analysis = await analyze(source, { style: true, file: "/fuzz.ideo" });
  const attempt = async (what: string, f: () => unknown) => {
    try { await f(); } catch (e) { out.push({ kind: "editor", detail: `${what} threw: ${message(e)}` }); }
  };
  await attempt("format", async () => {
    const once = format(source).text;
    if (once === undefined) return; // a program that does not parse is left as it is
    if (format(once).text !== once) out.push({ kind: "format", detail: "formatting the formatted text changes it" });
    const [before, after] = [errorCodes(analysis), await errors(once)];
    if (before !== after) out.push({ kind: "format", detail: `formatting changed the errors: ${before || "none"} → ${after || "none"}` });
  });
  const registry = await loadRegistry();
  const doc = TextDocument.create("file:///fuzz.ideo", "ideo", 1, source);
  await attempt("diagnostics", () => diagnostics(doc, analysis));
  await attempt("symbols", () => symbols(doc, analysis));
  await attempt("quick fixes", () => quickFixes(doc, analysis, { start: { line: 0, character: 0 }, end: doc.positionAt(source.length) }));
  // a few places, the same each time the input is judged
  for (const at of [0, source.length >> 2, source.length >> 1, (3 * source.length) >> 2, source.length]) {
    await attempt(`hover at ${at}`, () => hover(doc, analysis, registry, at));
    await attempt(`definition at ${at}`, () => definitionOf(doc, analysis, at));
    await attempt(`completion at ${at}`, () => completion(doc, analysis, registry, at));
  }
  return out;
}
