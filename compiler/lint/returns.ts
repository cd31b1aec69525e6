// W0005: the end of a body says more than it needs. `return e` as the last thing a function does
// (also in each branch of a final if/elif/else): a body's last expression is already its result.
// `v = e` then `v`: the value can be the result itself.
import type { Block, FnDecl, Stmt } from "../syntax/ast.js";
import { CODES, Diagnostic } from "../diagnostics.js";
import { text } from "./walk.js";

export function trailingReturns(source: string, fns: FnDecl[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of fns) {
    if (f.script) continue;
    for (const r of finalReturns(f.body)) out.push(warn(r));
    const named = assignedThenGiven(source, f.body);
    if (named) out.push(named);
  }
  return out;
}

/** `v = e` followed by `v` (or `return v`) ending a body: `e` alone says it. */
function assignedThenGiven(source: string, b: Block): Diagnostic | undefined {
  const [set, last] = b.stmts.slice(-2);
  if (b.stmts.length < 2 || set.kind !== "assign" || set.op !== "=" || set.target.kind !== "name") return undefined;
  const given = last.kind === "return" ? last.value : last.kind === "expr" ? last.expr : undefined;
  if (given?.kind !== "name" || given.name !== set.target.name) return undefined;
  const span = { start: set.span.start, end: last.span.end };
  const value = text(source, set.value.span);
  return {
    code: CODES.trailingReturn, severity: "warning", span,
    message: `'${given.name}' is set only to be given back: the value itself can end the body`,
    fix: source.slice(span.start, span.end).includes("#") ? undefined : { span, replacement: value, description: `end the body with ${value.length > 40 ? "the value" : value}` },
  };
}

/** The `return value` statements a body ends with: its last statement, or the last statements of
 *  every branch of a final if that has an else (without the else, the if has no value to give). */
function finalReturns(b: Block): Extract<Stmt, { kind: "return" }>[] {
  const last = b.stmts[b.stmts.length - 1];
  if (!last) return [];
  if (last.kind === "return") return last.value ? [last] : [];
  if (last.kind === "expr" && last.expr.kind === "if" && last.expr.else) {
    const { then, else: els } = last.expr;
    // every branch must end in a return: `if c: return a` beside `else: b` stays as it is
    if (endsInReturn(then) && endsInReturn(els)) return [...finalReturns(then), ...finalReturns(els)];
  }
  return [];
}

function endsInReturn(b: Block): boolean {
  const last = b.stmts[b.stmts.length - 1];
  if (!last) return false;
  if (last.kind === "return") return !!last.value;
  return last.kind === "expr" && last.expr.kind === "if" && !!last.expr.else && endsInReturn(last.expr.then) && endsInReturn(last.expr.else);
}

function warn(r: Extract<Stmt, { kind: "return" }>): Diagnostic {
  const keyword = { start: r.span.start, end: r.value!.span.start };
  return {
    code: CODES.trailingReturn, severity: "warning", span: keyword,
    message: "`return` is not needed here: the last expression of a body is its result",
    fix: { span: keyword, replacement: "", description: "leave out `return`" },
  };
}
