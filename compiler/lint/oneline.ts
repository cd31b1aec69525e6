// W0007: a function whose indented body is one expression on one line reads as well, and costs
// fewer tokens, as a one-line definition: `fn f(x)` / `  x * 2` is `f(x) = x * 2`.
import type { FnDecl } from "../syntax/ast.js";
import { CODES, Diagnostic } from "../diagnostics.js";
import { text } from "./walk.js";

export function oneLineFunctions(source: string, fns: FnDecl[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of fns) {
    const only = f.body.stmts.length === 1 ? f.body.stmts[0] : undefined;
    if (f.script || only?.kind !== "expr") continue;
    const body = text(source, only.expr.span);
    // the header runs from the name to the end of its line; a one-line form already has ` = `
    const lineEnd = source.indexOf("\n", f.nameSpan.end);
    if (lineEnd < 0 || lineEnd > only.span.start) continue;
    const header = source.slice(f.nameSpan.start, lineEnd).replace(/\s+$/, "");
    if (body.includes("\n") || header.includes("#") || header.includes("=")) continue;
    const replacement = `${f.params.length ? "" : "fn "}${header} = ${body}`;
    const span = { start: f.span.start, end: only.span.end };
    if (source.slice(span.start, span.end).includes("#")) continue;
    out.push({
      code: CODES.oneLine, severity: "warning", span: { start: f.span.start, end: lineEnd },
      message: `'${f.name}' is one expression: it fits on one line as \`${replacement.length > 60 ? `${header} = …` : replacement}\``,
      fix: { span, replacement, description: `write '${f.name}' on one line` },
    });
  }
  return out;
}
