// Names and types: resolves every name (variables, functions, blocks, aliases) and infers every
// expression's type by unification. Functions are monomorphic: a parameter's type comes from its
// annotation, from the calls made to the function, or from the blocks the parameter flows into.
// Where that leaves it open, `generic` records the shape, and the JS host compiles the function
// again for other argument types (host/generic.ts).
//
// This file runs the passes; the constructs are checked in statements.ts, expressions.ts and
// callees.ts (block overloads in calls.ts), which reach one another through the Checker (env.ts).
import type { Block, Expr, FnDecl, Program } from "../syntax/ast.js";
import { CODES, Diagnostic, Span, error } from "../diagnostics.js";
import type { Registry } from "../blocks/registry.js";
import { namesSet } from "../syntax/walk.js";
import { ALL, ANY_T, STR_T, Ty, TVar, UNIT_T, fresh, prune, showTy, defaultVars, fromType, isResolved } from "./unify.js";
import { parseType } from "../types.js";
import { Deferred } from "./deferred.js";
import { lift, returnsNull } from "./lift.js";
import { chooseInstances, resolveBlockCall, retryPending } from "./calls.js";
import { typeFromExpr } from "./annotations.js";
import { calleeFirstOrder } from "./order.js";
import type { Checked, LambdaInfo } from "./checked.js";
import { Binary, Call, Checker, Ctx, Lambda, Note, Scope, expectUnify, reportRepeatedParams } from "./env.js";
import { checkBlock, checkFn } from "./statements.js";
import { checkExpr, checkLambda } from "./expressions.js";
import { inferCall, walkCharacters } from "./callees.js";
import { RecordTable } from "./records.js";

export type { CallTarget, Checked, FnInfo, LambdaInfo } from "./checked.js";

export interface CheckOptions {
  /** Fixed parameter types for some functions, as type text (`["[str]", "int"]`): how the JS host
   *  compiles a generic function again for the arguments it was given. */
  paramTypes?: Record<string, string[]>;
  /** Functions whose results are `any`: those a first check found giving values of several kinds
   *  (`Checked.anyResults`), so the front end checks the program again with these. */
  anyResults?: string[];
}

export function check(program: Program, registry: Registry, skip: (fn: FnDecl) => boolean = () => false, options: CheckOptions = {}): Checked {
  const out: Checked = { fns: new Map(), generic: new Map(), types: new Map(), calls: new Map(), lambdas: new Map(), wraps: new Map(), anyResults: new Set(), diagnostics: [] };
  const c = new CheckerState(registry, out, program);
  c.records = new RecordTable(program, (d) => c.report(d), registry);
  declareFunctions(c, program, options);

  // Callees first, so a call's result type is known where it is used; what a body cannot decide
  // yet waits in `deferred` (deferred.ts) and is retried as types become known.
  for (const name of calleeFirstOrder(program)) {
    const info = out.fns.get(name)!;
    if (skip(info.decl) || info.decl.host) continue; // a host function's body is the JS the host passes
    checkFn(c, info);
    c.deferred.settle(false);
  }
  c.deferred.settle(false);
  // what inference alone left open in each signature, before a forced overload or a default fills it
  for (const [name, f] of out.fns) {
    if (f.params.every(isResolved)) continue;
    const names = new Map<TVar, string>();
    out.generic.set(name, f.params.map((t) => showTy(t, names)));
  }
  c.deferred.settle(true);
  c.deferred.reportUnknownFields();
  for (const w of c.walks) if (prune(w.t).tag === "str") walkCharacters(c, w.e, w.source, w.t);
  for (const e of c.powExprs) attachPow(c, e);
  for (const { e, call } of c.operatorCalls) { const t = out.calls.get(call); if (t) out.calls.set(e, t); }
  reportUnitValues(c);
  for (const e of c.elementWrites) {
    // strings are values: `s[0] = "x"` (or `stdin[0] = …`) has nothing to write into
    if (prune(out.types.get(e) ?? UNIT_T).tag === "str") c.report(error(CODES.assignTarget, "a string cannot be changed in place: build a new one", e.span, { suggestions: ["`s = \"x\" + s[1:]`, or `s.replace(a, b)`; arrays and maps are written in place"] }));
  }
  applyDefaults(out);
  reportMainFunction(c);
  if (!out.diagnostics.some((d) => d.severity === "error")) chooseInstances(out, (d) => c.report(d));
  return out;
}

/** Every function's signature before any body is checked, so calls may come in any order. */
function declareFunctions(c: CheckerState, program: Program, options: CheckOptions): void {
  const { out } = c;
  for (const f of program.fns) {
    if (f.script && out.fns.has("main")) {
      c.report(error(CODES.duplicateFn, "statements outside any function, but the program also defines `fn main`", f.body.stmts[0].span, { suggestions: ["move these statements into `fn main`, or remove `fn main` and keep them at the top level"] }));
      continue;
    }
    const first = out.fns.get(f.name);
    if (first) {
      // the first definition may be in another file of the program: the note shows where
      c.report(error(CODES.duplicateFn, `function '${f.name}' is defined twice`, f.nameSpan, { notes: [{ span: first.decl.nameSpan, message: `'${f.name}' is first defined here` }] }));
      continue;
    }
    reportRepeatedParams(c, f.params);
    const fixed = options.paramTypes?.[f.name];
    const params = f.params.map((p, i) => {
      const given = fixed?.[i] !== undefined ? parseType(fixed[i]) : undefined;
      if (given) return fromType(given);
      if (f.host && !p.type) c.report(error(CODES.externType, `the host function '${f.name}' needs the type of parameter '${p.name}'`, p.span, { suggestions: [`annotate it: \`${p.name}: int\`, \`${p.name}: str\`, \`${p.name}: [float]\`…`] }));
      if (f.name === "main" && !f.host) return mainParam(c, f, i);
      return p.type ? typeFromExpr(p.type, (d) => c.report(d), c.records) : fresh(ALL, { span: p.span, why: `parameter '${p.name}'` });
    });
    // a function that can give null gives T? from the start, so its other results are lifted; a
    // host function without `-> T` gives nothing
    const result = f.result ? typeFromExpr(f.result, (d) => c.report(d), c.records)
      : f.host ? UNIT_T
      : options.anyResults?.includes(f.name) ? ANY_T
      : returnsNull(f.body) ? { tag: "opt" as const, elem: fresh() } : fresh(ALL, { span: f.nameSpan, why: `result of '${f.name}'` });
    out.fns.set(f.name, { decl: f, params, result, locals: new Map() });
  }
}

/** `x = print(1)`, `[f()]` for a function without a result: no value to keep, so an error here
 *  rather than a module that does not validate. */
function reportUnitValues(c: CheckerState): void {
  const seen = new Set<number>();
  for (const { e, t } of c.valueUses) {
    if (c.mayBeUnit.has(e) || prune(t).tag !== "unit" || seen.has(e.span.start)) continue;
    seen.add(e.span.start);
    c.report(error(CODES.typeMismatch, "this gives no value to use: `print` and functions without a result give none", e.span));
  }
}

/** Only a host calls `main`, and a function value cannot cross to it: `main` ending in a lambda
 *  (`print=>(x)` read as `print => (x)`) is a slip, not a value. Other functions may give
 *  functions to their Ideo callers, so for them the JS boundary says so when it is called. */
function reportMainFunction(c: CheckerState): void {
  const main = c.out.fns.get("main");
  if (!main || main.decl.host || prune(main.result).tag !== "fn") return;
  const last = main.decl.body.stmts[main.decl.body.stmts.length - 1];
  const span = last?.kind === "expr" ? last.expr.span : main.decl.nameSpan;
  c.report(error(CODES.mainResult, `main ends in a function (${showTy(main.result)}), which nothing can call: a program's main gives no function`, span, { suggestions: ["call it, `f(x)`, or end main with a statement such as `print(…)`"] }));
}

/** `main` takes its command-line arguments, `[str]`, or nothing (docs/language.md, "Programs"). */
function mainParam(c: CheckerState, f: FnDecl, i: number): Ty {
  const args: Ty = { tag: "array", elem: STR_T };
  const p = f.params[i];
  const given = p.type ? showTy(typeFromExpr(p.type, (d) => c.report(d), c.records)) : "[str]";
  const hint = { suggestions: ["`fn main(args)` receives the command-line arguments as [str]; call other functions with `ideo run FILE --fn NAME ARGS…`"] };
  if (i > 0) c.report(error(CODES.mainParams, "main takes one parameter, the command-line arguments, or none", p.span, hint));
  else if (given !== "[str]") c.report(error(CODES.mainParams, `main's parameter '${p.name}' is the command-line arguments, [str], not ${given}`, p.span, hint));
  return args;
}

/** Number types still open become int; other open variables their defaults (unify.ts). */
function applyDefaults(out: Checked): void {
  for (const t of out.types.values()) defaultVars(t);
  for (const f of out.fns.values()) { f.params.forEach(defaultVars); defaultVars(f.result); f.locals.forEach(defaultVars); }
  for (const l of out.lambdas.values()) { l.params.forEach(defaultVars); defaultVars(l.result); }
  for (const t of out.calls.values()) if (t?.kind === "block") Object.values(t.vars).forEach(defaultVars);
}

/** `a ** b` on floats is the `pow` block's float overload. */
function attachPow(c: CheckerState, e: Binary): void {
  const { out, registry } = c;
  if (prune(out.types.get(e.left) ?? UNIT_T).tag !== "float") return;
  const block = registry.get("pow");
  const call: Call = { kind: "call", callee: "pow", calleeSpan: e.opSpan, args: [e.left, e.right], method: false, span: e.span };
  if (!block) { c.report(error(CODES.unknownBlock, "`**` on floats needs the `pow` block", e.opSpan)); return; }
  resolveBlockCall(call, block, { registry, report: (d) => c.report(d), out, checkArg: (a) => out.types.get(a)!, checkLambda: () => UNIT_T }, c.deferred.calls);
  retryPending(c.deferred.calls, true);
  const target = out.calls.get(call);
  if (target) out.calls.set(e, target);
}

/** The state one check shares between its parts (env.ts's Checker). */
class CheckerState implements Checker {
  readonly deferred: Deferred;
  readonly scriptVars: ReadonlySet<string>;
  readonly checkedOnce = new Map<Expr, Ty>();
  readonly powExprs: Binary[] = [];
  readonly operatorCalls: { e: Expr; call: Expr }[] = [];
  readonly valueUses: { e: Expr; t: Ty }[] = [];
  readonly mayBeUnit = new Set<Expr>();
  readonly elementWrites: Expr[] = [];
  readonly walks: { e: Call; source: Expr; t: Ty }[] = [];
  records!: RecordTable;

  constructor(readonly registry: Registry, readonly out: Checked, program: Program) {
    this.deferred = new Deferred((d) => this.report(d), (a, b, span, what) => this.unify(a, b, span, what), (t) => this.isParamType(t));
    this.scriptVars = new Set(program.fns.find((f) => f.script)?.body.stmts.flatMap((s) =>
      s.kind === "assign" ? namesSet(s).map((t) => t.name) : s.kind === "for" ? s.vars.map((v) => v.name) : []) ?? []);
  }

  /** At most 50 errors and 50 warnings: warnings are counted apart, so that fifty of them never
   *  keep an error out, which let a program with an error be lowered (fuzz seed 1, input 834600). */
  private reported = { error: 0, warning: 0 };
  report(d: Diagnostic): void {
    const kind = d.severity === "error" ? "error" : "warning";
    if (this.reported[kind]++ < 50) this.out.diagnostics.push(d);
  }
  expr(e: Expr, scope: Scope, ctx: Ctx, value: boolean): Ty { return checkExpr(this, e, scope, ctx, value); }
  block(b: Block, scope: Scope, ctx: Ctx, value: boolean) { return checkBlock(this, b, scope, ctx, value); }
  lambda(e: Lambda, info: LambdaInfo, scope: Scope, ctx: Ctx): Ty { return checkLambda(this, e, info, scope, ctx); }
  call(e: Call, scope: Scope, ctx: Ctx, value: boolean): Ty { return inferCall(this, e, scope, ctx, value); }
  unify(expected: Ty, found: Ty, span: Span, what: string, note?: Note): boolean { return expectUnify((d) => this.report(d), expected, found, span, what, note); }
  lifted(want: Ty, found: Ty, e: Expr | undefined, span: Span, what: string): boolean {
    return lift(want, found, e, this.out.wraps, (a, b) => this.unify(a, b, span, what));
  }

  /** Is this (still open) type exactly a function parameter's? */
  private isParamType(t: Ty): boolean {
    const v = prune(t);
    return v.tag === "var" && [...this.out.fns.values()].some((f) => f.params.some((p) => prune(p) === v));
  }
}
