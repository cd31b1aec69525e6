// W0004: a parameter or result annotation that inference already gives. Found by checking the
// program again without it: when every function keeps its signature (a parameter left open compiles
// with its default, and load() compiles a generic export again for other argument types) and no
// diagnostic changes, the annotation only costs tokens. Programs past a size are not tried.
import type { FnDecl, Param } from "../syntax/ast.js";
import { CODES, Diagnostic, Span } from "../diagnostics.js";
import type { Checked } from "../check/checked.js";
import { text } from "./walk.js";
import { MAX_SOURCE, Recheck, keptEdits } from "./recheck.js";

interface Annotation { fn: string; what: string; span: Span; typeText: string; replacement: "" }

export function redundantAnnotations(source: string, fns: FnDecl[], checked: Checked, recheck: Recheck): Diagnostic[] {
  if (source.length > MAX_SOURCE || checked.diagnostics.some((d) => d.severity === "error")) return [];
  const all = fns.flatMap((f) => annotationsOf(source, f));
  if (!all.length) return [];
  return keptEdits(source, checked, recheck, all).map((a) => ({
    code: CODES.annotation, severity: "warning" as const, span: a.span,
    message: `the annotation \`${a.typeText}\` of ${a.what} is what inference gives: it can go`,
    fix: { span: a.span, replacement: "", description: `leave out \`${a.typeText}\`` },
  }));
}

/** `xs: [int]` → the span of `: [int]`; `) -> int` → the span of ` -> int`. */
function annotationsOf(source: string, f: FnDecl): Annotation[] {
  if (f.script) return [];
  const out: Annotation[] = f.params.filter((p): p is Param & { type: NonNullable<Param["type"]> } => !!p.type).map((p) => {
    const span = { start: p.span.start + p.name.length, end: p.type.span.end };
    return { fn: f.name, what: `parameter '${p.name}'`, span, typeText: text(source, p.type.span), replacement: "" as const };
  });
  if (f.result) {
    const arrow = source.lastIndexOf("->", f.result.span.start);
    let start = arrow;
    while (start > 0 && /[ \t]/.test(source[start - 1])) start--;
    if (arrow >= 0 && !source.slice(arrow + 2, f.result.span.start).trim()) {
      out.push({ fn: f.name, what: `the result of '${f.name}'`, span: { start, end: f.result.span.end }, typeText: text(source, f.result.span), replacement: "" });
    }
  }
  return out;
}



