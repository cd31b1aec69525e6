// W0008: a one-line definition whose parameters are each read once can name them by place:
// `total(xs) = xs.map(_.len).sum` is `total = _.map(_.len).sum`, `gap(a, b) = abs(a - b)` is
// `gap = abs(_1 - _2)`. Only where the rewrite cannot change what `_` means: no annotation, each
// parameter read exactly once and outside every lambda (a `_` there would be the lambda's), and
// then the program is checked again with the rewrite, which must give every function the same
// signature and the same diagnostics, as W0004 asks of an annotation it drops.
import type { Expr, FnDecl } from "../syntax/ast.js";
import { CODES, Diagnostic } from "../diagnostics.js";
import type { Checked } from "../check/checked.js";
import { descendants, text } from "./walk.js";
import { Edit, MAX_SOURCE, Recheck, keptEdits } from "./recheck.js";

interface Candidate extends Edit { fn: FnDecl }

export function tacitDefinitions(source: string, fns: FnDecl[], checked: Checked, recheck: Recheck): Diagnostic[] {
  if (source.length > MAX_SOURCE) return [];
  const all = fns.map((f) => candidate(source, f)).filter((c): c is Candidate => !!c);
  if (!all.length) return [];
  return keptEdits(source, checked, recheck, all).map((c) => {
    const shown = c.replacement.length > 60 ? `${c.fn.name} = …` : c.replacement;
    return {
      code: CODES.tacit, severity: "warning" as const, span: { start: c.fn.nameSpan.start, end: c.fn.body.span.start },
      message: `'${c.fn.name}' reads each parameter once: ${c.fn.params.length === 1 ? "\`_\` can stand for it" : "\`_1\`, \`_2\`, … can stand for them"}, as \`${shown}\``,
      fix: { span: c.span, replacement: c.replacement, description: `write '${c.fn.name}' with ${c.fn.params.length === 1 ? "`_`" : "`_1`, `_2`, …"}` },
    };
  });
}

/** `name(a, b) = body` with a and b each read once, outside lambdas → `name = body[a→_1, b→_2]`. */
function candidate(source: string, f: FnDecl): Candidate | undefined {
  const only = f.body.stmts.length === 1 ? f.body.stmts[0] : undefined;
  if (f.script || f.host || f.name === "main" || !f.params.length || f.result || only?.kind !== "expr") return;
  if (f.params.some((p) => p.type)) return;
  // the one-line form only: the header is `name(params) =` and the body follows on its line
  const header = source.slice(f.nameSpan.start, only.expr.span.start);
  if (!/^[^\n#]*\)\s*=\s*$/.test(header)) return;
  const body = only.expr;
  const inLambda = new Set<Expr>();
  for (const e of descendants(body)) {
    if (e.kind !== "lambda") continue;
    if (e.params.some((p) => f.params.some((q) => q.name === p.name))) return; // shadowed: leave it
    for (const d of descendants(e.body)) inLambda.add(d);
  }
  const uses = new Map<string, Expr[]>(f.params.map((p) => [p.name, []]));
  for (const e of descendants(body)) {
    if (inLambda.has(e)) {
      if (e.kind === "name" && uses.has(e.name)) return; // read inside a lambda: `_` there is the lambda's
      continue;
    }
    if (e.kind === "placeholder") return; // a `_` of the body's own: two meanings would meet
    if (e.kind === "name" && uses.has(e.name)) uses.get(e.name)!.push(e);
  }
  const spans = f.params.map((p) => uses.get(p.name)!.map((e) => e.span));
  if (spans.some((s) => s.length !== 1)) return;
  const names = f.params.length === 1 ? ["_"] : f.params.map((_, i) => `_${i + 1}`);
  let out = text(source, body.span);
  const order = spans.map((s, i) => ({ span: s[0], to: names[i] })).sort((a, b) => b.span.start - a.span.start);
  for (const { span, to } of order) out = out.slice(0, span.start - body.span.start) + to + out.slice(span.end - body.span.start);
  return { fn: f, span: { start: f.nameSpan.start, end: body.span.end }, replacement: `${f.name} = ${out}` };
}
