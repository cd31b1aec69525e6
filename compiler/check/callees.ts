// What a call `f(…)` or `x.f(…)` reaches, in order: a function held in a variable, a user function,
// `print`, a block (calls.ts picks its overload), or nothing (unknown, with a did-you-mean).
import type { Expr } from "../syntax/ast.js";
import { CODES, error, nearAndFix } from "../diagnostics.js";
import type { BlockInfo } from "../blocks/registry.js";
import type { FnInfo } from "./checked.js";
import { Call, Checker, Ctx, HOST_VALUES, Scope, clip, lookup } from "./env.js";
import { lift } from "./lift.js";
import { resolveBlockCall } from "./calls.js";
import { splitSortKeys } from "./sortkeys.js";
import { RecordTy, STR_T, Ty, UNIT_T, fresh, prune, showTy } from "./unify.js";
import { SLICEABLE } from "./deferred.js";
import { checkConstruct, fieldAccess, reportLabels, reportUnknownRecord } from "./records.js";

const INTRINSICS = new Set(["print"]);

export function inferCall(c: Checker, e: Call, scope: Scope, ctx: Ctx, value: boolean): Ty {
  const name = e.callee;
  // a function's bare name passed as an argument is a lambda calling it: `range(9).map(say)`
  e.args = e.args.map((a) => {
    if (a.kind !== "name" || lookup(scope, a.name)) return a;
    const f = c.out.fns.get(a.name);
    return f && f.params.length ? callingLambda(a, f.params.length) : a;
  });
  const local = lookup(scope, name);
  const record = !e.method && !local ? c.records.type(name, e.calleeSpan) : undefined;
  if (record) return checkConstruct(c, e, prune(record) as RecordTy, scope, ctx);
  const field = fieldAccess(c, e, scope, ctx);
  if (field) return field;
  if (e.labels) { reportLabels(c, e); e.labels = undefined; }
  if (local && !e.method) return callClosure(c, e, local, scope, ctx);
  const user = userFunction(c, e, ctx);
  if (user) return callUser(c, e, user, scope, ctx);
  if (INTRINSICS.has(name)) {
    e.args.forEach((a) => c.expr(a, scope, ctx, true));
    c.out.calls.set(e, { kind: "print" });
    return UNIT_T;
  }
  if (HOST_VALUES.has(name)) {
    if (e.args.length) c.report(error(CODES.arity, `'${name}' takes no arguments: it is all of standard input that is left (\`${name}.lines\` for its lines)`, e.span));
    c.out.calls.set(e, { kind: "stdin" });
    return STR_T;
  }
  let block = c.registry.get(name);
  if (block && splitSortKeys(e, block.name, (x) => { const t = c.expr(x, scope, ctx, true); c.checkedOnce.set(x, t); return t; })) block = c.registry.get("sortby");
  if (block) return callBlock(c, e, block, scope, ctx);
  return unknownCallee(c, e, scope, ctx);
}

/**
 * A user function named like a block (docs/language.md, "Names and blocks"): it takes the name
 * everywhere its argument count fits — JS and the rest of the program call it — except in the
 * method form `x.name(…)` inside its own body, which is the block (`unique(l) = l.unique.sort`);
 * the call form `name(…)` there is recursion. Where the counts differ, `.sum` of an array still
 * reaches the block beside a `sum(a, b)` of the program's own.
 */
function userFunction(c: Checker, e: Call, ctx: Ctx): FnInfo | undefined {
  const user = c.out.fns.get(e.callee);
  if (!user) return undefined;
  const block = c.registry.get(e.callee);
  if (!block) return user;
  const blockTakes = block.sigs.some((s) => s.params.length === e.args.length);
  if (e.method && ctx.fn === user && blockTakes) return undefined;
  return e.args.length === user.params.length || !blockTakes ? user : undefined;
}

/** `name` where a function of n parameters is wanted: `$arg0, … => name($arg0, …)`. */
function callingLambda(a: Extract<Expr, { kind: "name" }>, n: number): Expr {
  const params = Array.from({ length: n }, (_, i) => ({ name: `$arg${i}`, span: a.span }));
  const body: Expr = { kind: "call", callee: a.name, calleeSpan: a.span, args: params.map((p) => ({ kind: "name", name: p.name, span: a.span }) as Expr), method: false, span: a.span };
  return { kind: "lambda", params, body, span: a.span };
}

/** A call of a function held in a variable (a parameter or a lambda bound to a name). */
function callClosure(c: Checker, e: Call, local: Ty, scope: Scope, ctx: Ctx): Ty {
  const ft = prune(local);
  if (ft.tag !== "fn" && ft.tag !== "var") { c.report(error(CODES.notCallable, `'${e.callee}' is a ${showTy(ft)}, not a function`, e.calleeSpan)); return fresh(); }
  const params = e.args.map((a) => c.expr(a, scope, ctx, true));
  const result = fresh();
  c.unify(local, { tag: "fn", params, result }, e.span, `the call of '${e.callee}'`);
  c.out.calls.set(e, { kind: "closure", name: e.callee });
  return result;
}

function callUser(c: Checker, e: Call, user: FnInfo, scope: Scope, ctx: Ctx): Ty {
  const name = e.callee;
  c.out.calls.set(e, { kind: "fn", name });
  if (e.args.length !== user.params.length) {
    c.report(error(CODES.arity, `'${name}' takes ${user.params.length} argument${user.params.length === 1 ? "" : "s"}, given ${e.args.length}`, e.span));
  }
  e.args.forEach((a, i) => {
    const p = user.params[i];
    if (!p) { c.expr(a, scope, ctx, true); return; }
    if (a.kind === "lambda" && prune(p).tag === "fn") {
      const ft = prune(p) as Extract<Ty, { tag: "fn" }>;
      c.out.types.set(a, c.lambda(a, { id: c.out.lambdas.size, captures: [], params: ft.params, result: ft.result }, scope, ctx));
      return;
    }
    const note = { span: user.decl.params[i]?.span ?? user.decl.nameSpan, message: `parameter '${user.decl.params[i]?.name}' is ${showTy(p)}` };
    // a parameter of type T? takes a plain T too
    lift(p, c.expr(a, scope, ctx, true), a, c.out.wraps, (want, found) => c.unify(want, found, a.span, `argument ${i + 1} of '${name}'`, note));
  });
  return user.result;
}

function callBlock(c: Checker, e: Call, block: BlockInfo, scope: Scope, ctx: Ctx): Ty {
  // a block's bare name where the block expects a function is a lambda calling it: `xs.map(square)`
  e.args = e.args.map((a, i) => {
    if (a.kind !== "name" || lookup(scope, a.name) || c.out.fns.has(a.name) || !c.registry.get(a.name)) return a;
    const fnParam = block.sigs.map((s) => s.params[i]?.type).find((t) => t?.kind === "fn");
    return fnParam && fnParam.kind === "fn" ? callingLambda(a, fnParam.params.length) : a;
  });
  const walked = e.walks ? walkedSource(c, e, scope, ctx) : undefined;
  return resolveBlockCall(e, block, {
    registry: c.registry, report: (d) => c.report(d), out: c.out,
    checkArg: (a) => (walked && a === e.args[0] ? walked : c.expr(a, scope, ctx, true)),
    checkLambda: (a, params, result, fields) => c.lambda(a, { id: c.out.lambdas.size, captures: [], params, result, fields }, scope, ctx),
  }, c.deferred.calls);
}

/** The type of a comprehension's source, checked once. A string is walked by its characters, as
 *  `for c in s` walks it: the source becomes `chars(s)`. A source whose type is still open (a
 *  parameter) waits as a for loop's does, a string or an array, and is settled by check.ts; a
 *  function left open so is generic, and JS may pass it either. */
function walkedSource(c: Checker, e: Call, scope: Scope, ctx: Ctx): Ty {
  const src = e.args[0];
  const t = c.expr(src, scope, ctx, true);
  const p = prune(t);
  if (p.tag === "str") return walkCharacters(c, e, src, t);
  if (p.tag !== "var" || !p.allowed.has("str") || !p.allowed.has("array")) return t;
  // not a map: a comprehension over one walks m.items
  c.unify(fresh(SLICEABLE), t, src.span, "a comprehension's source (an array or a string)");
  const elem = fresh();
  c.deferred.seq({ kind: "for", target: t, at: src.span, span: e.span, result: elem });
  c.walks.push({ e, source: src, t });
  return { tag: "array", elem };
}

/** `chars(source)` in place of a string source, its block call resolved now. */
export function walkCharacters(c: Checker, e: Call, source: Expr, t: Ty): Ty {
  const chars = c.registry.get("chars");
  if (!chars) return t;
  const call: Call = { kind: "call", callee: "chars", calleeSpan: source.span, args: [source], method: true, span: source.span };
  e.args[0] = call;
  const ct = resolveBlockCall(call, chars, { registry: c.registry, report: (d) => c.report(d), out: c.out, checkArg: () => t, checkLambda: () => UNIT_T }, c.deferred.calls);
  c.out.types.set(call, ct);
  return ct;
}

/** The near names of each unknown name, per check: a program may misspell one name thousands of times. */
const nearNames = new WeakMap<Checker, Map<string, { near: string[]; fixTo?: string }>>();

function unknownCallee(c: Checker, e: Call, scope: Scope, ctx: Ctx): Ty {
  const name = e.callee;
  if (/^[A-Z]/.test(name) && !e.method) {
    reportUnknownRecord(c, e);
    e.args.forEach((a) => a.kind !== "lambda" && c.expr(a, scope, ctx, true));
    return fresh();
  }
  let known = nearNames.get(c);
  if (!known) nearNames.set(c, (known = new Map()));
  let found = known.get(name);
  if (!found) {
    const candidates = [...c.out.fns.keys(), ...c.registry.names(), ...c.registry.aliases(), ...INTRINSICS, ...HOST_VALUES];
    known.set(name, (found = nearAndFix(name, candidates)));
  }
  const { near, fixTo } = found;
  c.report(error(CODES.unknownBlock, `unknown block '${clip(name)}'${near.length ? ` — did you mean '${near[0]}'?` : ""}`, e.calleeSpan, {
    suggestions: near.map((n) => `did you mean '${n}'?`).concat(near.length ? [] : ["`ideo vocab QUERY` searches the blocks"]),
    fix: fixTo ? { span: e.calleeSpan, replacement: fixTo, description: `replace '${clip(name)}' with '${fixTo}'` } : undefined,
  }));
  e.args.forEach((a) => a.kind !== "lambda" && c.expr(a, scope, ctx, true));
  return fresh();
}
