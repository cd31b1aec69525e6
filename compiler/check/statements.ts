// Statements and bodies: assignments, loops, returns, break/continue, and the value a body ends with.
import type { Block, Expr, Stmt } from "../syntax/ast.js";
import { CODES, Span, error } from "../diagnostics.js";
import type { FnInfo } from "./checked.js";
import { Checker, Ctx, Scope, define, lastSpan } from "./env.js";
import { lastExpr, mixedKinds } from "./lift.js";
import { BOOL_T, Ty, UNIT_T, fresh, prune, showTy, unify } from "./unify.js";
import { checkAssign } from "./assign.js";
import { loopsForever } from "../syntax/walk.js";

/** A function's body against its signature: the last expression is its value. */
export function checkFn(c: Checker, info: FnInfo): void {
  const scope: Scope = { vars: info.locals };
  info.decl.params.forEach((p, i) => scope.vars.set(p.name, info.params[i]));
  const ctx: Ctx = { fn: info, loops: 0 };
  const { type, endsInExpr } = checkBlock(c, info.decl.body, scope, ctx, true);
  // a body that ends in an if/else whose every branch returns gives its value by those returns
  if (endsInExpr && !alwaysReturns(info.decl.body)) giveResult(c, info, type, lastExpr(info.decl.body), lastSpan(info.decl.body), `the value of '${info.decl.name}'`);
  else if (!ctx.returned) {
    // a call of it inside (`while main:`) may have wanted a value it never gives
    if (!unify(info.result, UNIT_T)) c.report(error(CODES.typeMismatch, `'${info.decl.name}' gives no value, but a call of it is used as ${showTy(info.result)}`, info.decl.nameSpan, { suggestions: [`end '${info.decl.name}' with the value to give, or use something else where its call stands`] }));
  }
  else if (prune(info.result).tag !== "unit" && !alwaysReturns(info.decl.body)) {
    // `return x` inside a loop that can finish: what would the function give then?
    c.report(error(CODES.noValue, `'${info.decl.name}' returns a value, but its body can end without one`, lastSpan(info.decl.body), { suggestions: ["end the body with the value to give when no `return` was reached, e.g. `return -1` or `null`"] }));
  }
}

/** A value the function gives (a return, or its body's value). One of a kind the earlier ones do not
 *  share, where an any holds them all (`return n`, then `return false`), makes the result `any`:
 *  the front end checks the program again with it (check.ts, anyResults). */
function giveResult(c: Checker, fn: FnInfo, t: Ty, e: Expr | undefined, span: Span, what: string): void {
  if (!fn.decl.result && mixedKinds(fn.result, [t], [e])) c.out.anyResults.add(fn.decl.name);
  c.lifted(fn.result, t, e, span, what);
}

/** Does every path through the block end in a `return` (or stay in a `while true` it never breaks)? */
export function alwaysReturns(b: Block): boolean {
  const last = b.stmts[b.stmts.length - 1];
  if (!last) return false;
  if (last.kind === "return") return true;
  if (last.kind === "while") return loopsForever(last);
  return last.kind === "expr" && last.expr.kind === "if" && !!last.expr.else && alwaysReturns(last.expr.then) && alwaysReturns(last.expr.else);
}

/** A body's statements; `value` when the body's last expression is wanted as its value. */
export function checkBlock(c: Checker, b: Block, scope: Scope, ctx: Ctx, value: boolean): { type: Ty; endsInExpr: boolean } {
  let type: Ty = UNIT_T, endsInExpr = false;
  b.stmts.forEach((s, i) => {
    const last = i === b.stmts.length - 1;
    if (s.kind === "expr") {
      if (value && last) c.mayBeUnit.add(s.expr);
      type = c.expr(s.expr, scope, ctx, value && last);
      endsInExpr = last;
      if (!(value && last)) warnUnused(c, s.expr);
    } else {
      checkStmt(c, s, scope, ctx);
      type = UNIT_T;
      endsInExpr = false;
    }
  });
  return { type, endsInExpr };
}

function checkStmt(c: Checker, s: Stmt, scope: Scope, ctx: Ctx): void {
  switch (s.kind) {
    case "assign": return checkAssign(c, s, scope, ctx);
    case "while": {
      c.unify(BOOL_T, c.expr(s.cond, scope, ctx, true), s.cond.span, "a while condition");
      ctx.loops++; checkBlock(c, s.body, scope, ctx, false); ctx.loops--;
      return;
    }
    case "for": return checkFor(c, s, scope, ctx);
    case "return": {
      if (s.value) c.mayBeUnit.add(s.value);
      const t = s.value ? c.expr(s.value, scope, ctx, true) : UNIT_T;
      giveResult(c, ctx.fn, t, s.value, s.value?.span ?? s.span, `the result of '${ctx.fn.decl.name}'`);
      ctx.returned = true;
      return;
    }
    case "break": case "continue":
      if (!ctx.loops) c.report(error(CODES.breakOutside, `'${s.kind}' outside a loop`, s.span));
      return;
    case "expr":
      c.expr(s.expr, scope, ctx, false);
      warnUnused(c, s.expr);
      return;
  }
}

/** `for x in xs` over an array, a string or a map; `for a, b in pairs` takes tuples apart. */
function checkFor(c: Checker, s: Extract<Stmt, { kind: "for" }>, scope: Scope, ctx: Ctx): void {
  const it = c.expr(s.iter, scope, ctx, true);
  const elem: Ty = fresh();
  // `for a, b in xs` over a value not known yet: an array of pairs (one variable may wait)
  if (s.vars.length > 1 && prune(it).tag === "var") c.unify({ tag: "array", elem: fresh() }, it, s.iter.span, "a for loop (it walks an array or a string)");
  c.deferred.seq({ kind: "for", target: it, at: s.iter.span, span: s.span, result: elem, pairs: s.vars.length > 1 });
  if (s.vars.length === 1) define(c, scope, s.vars[0].name, elem, s.vars[0].span);
  else {
    const items = s.vars.map(() => fresh() as Ty);
    c.unify({ tag: "tuple", items }, elem, s.iter.span, `the ${s.vars.length} loop variables`);
    s.vars.forEach((v, i) => define(c, scope, v.name, items[i], v.span));
  }
  ctx.loops++; checkBlock(c, s.body, scope, ctx, false); ctx.loops--;
}

/** A block call whose value is dropped does nothing: blocks return new values. */
function warnUnused(c: Checker, e: Expr): void {
  const target = c.out.calls.get(e);
  if (e.kind !== "call" || !(target?.kind === "block" || c.deferred.calls.some((p) => p.e === e))) return;
  const recv = e.method && e.args[0]?.kind === "name" ? (e.args[0] as { name: string }).name : undefined;
  c.report({
    code: CODES.unusedValue, severity: "warning", span: e.span,
    message: `the value of '${e.callee}' is not used: blocks return a new value and change nothing`,
    suggestions: recv ? [`keep it: \`${recv} = ${source(e)}\``] : [],
    fix: recv && !source(e).includes("…") ? { span: e.span, replacement: `${recv} = ${source(e)}`, description: `assign the result: ${recv} = ${source(e)}` } : undefined,
  });
}

/** Source-like text of a call for hints (names and literals only; anything else as "…"). */
function source(e: Expr): string {
  switch (e.kind) {
    case "name": return e.name;
    case "int": return String(e.value);
    case "str": return JSON.stringify(e.value);
    case "call": return e.method ? `${source(e.args[0])}.${e.callee}${e.args.length > 1 ? `(${e.args.slice(1).map(source).join(", ")})` : ""}` : `${e.callee}(${e.args.map(source).join(", ")})`;
    default: return "…";
  }
}
