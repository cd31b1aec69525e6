// TypeScript equivalents: type-checked together under strict, transpiled one by one and run by node.
import ts from "typescript";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Case, Outcome, SUPPORT_DIR, parseOutcomes, run } from "./corpus.js";

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ["node"],
  skipLibCheck: true,
};

/** Type errors in the given files, rendered one per line. */
export function typecheck(files: string[]): string[] {
  const program = ts.createProgram(files, OPTIONS);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const msg = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return msg;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1}: ${msg}`;
  });
}

export async function runTs(source: string, fn: string, cases: Case[], tmp: string): Promise<Outcome[]> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  mkdirSync(tmp, { recursive: true });
  const file = join(tmp, "feature.mjs");
  writeFileSync(file, js);
  const r = await run(process.execPath, [join(SUPPORT_DIR, "ts_driver.mjs"), file, fn], JSON.stringify(cases.map((c) => c.args)));
  return parseOutcomes(r, cases.length);
}
