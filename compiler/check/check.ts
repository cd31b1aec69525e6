// Names and types: resolves every name (variables, functions, blocks, aliases) and infers every
// expression's type by unification. Functions are monomorphic: a parameter's type comes from its
// annotation, from the calls made to the function, or from the blocks the parameter flows into.
// Where that leaves it open, `generic` records the shape, and the JS host compiles the function
// again for other argument types (host/generic.ts).
import type { Block, Expr, FnDecl, Program, Stmt } from "../syntax/ast.js";
import { CODES, Diagnostic, Span, closest, error, uniqueClosest } from "../diagnostics.js";
import type { Registry } from "../blocks/registry.js";
import { ADD, ALL, BOOL_T, FLOAT_T, INT_T, KEY, NUM, ORD, STR_T, Ty, TVar, UNIT_T, fresh, prune, showTy, unify, mark, undo, defaultVars, fromType, isResolved } from "./unify.js";
import { parseType } from "../types.js";
import { Deferred } from "./deferred.js";
import { inferOperator } from "./operators.js";
import { lastExpr, lift, returnsNull } from "./optional.js";
import { CallTarget, chooseInstances, resolveBlockCall, retryPending } from "./calls.js";
import { typeFromExpr } from "./annotations.js";
import { calleeFirstOrder } from "./order.js";
import { splitSortKeys } from "./sortkeys.js";

/** `fields`: the lambda takes one tuple and names its fields, `(a, b) => …` where a function of a pair is expected. */
export interface LambdaInfo { id: number; captures: string[]; params: Ty[]; result: Ty; fields?: Ty[] }
export interface FnInfo { decl: FnDecl; params: Ty[]; result: Ty; locals: Map<string, Ty> }

export interface Checked {
  fns: Map<string, FnInfo>;
  /** Functions whose parameter types inference left open (before defaults): their shapes, `['a]`. */
  generic: Map<string, string[]>;
  types: Map<Expr, Ty>;
  calls: Map<Expr, CallTarget>;
  lambdas: Map<Expr, LambdaInfo>;
  /** Plain values that flow where an optional is wanted (`if c: null else x`): lowered boxed. */
  wraps: Set<Expr>;
  diagnostics: Diagnostic[];
}

const INTRINSICS = new Set(["print"]);
/** Python's constants, which a block name (`none`) must not catch: what Ideo writes. */
const PYTHON_CONSTANTS: Record<string, string> = { None: "null", True: "true", False: "false" };

interface Scope { vars: Map<string, Ty>; parent?: Scope; lambda?: LambdaInfo }

export interface CheckOptions {
  /** Fixed parameter types for some functions, as type text (`["[str]", "int"]`): how the JS host
   *  compiles a generic function again for the arguments it was given. */
  paramTypes?: Record<string, string[]>;
}

export function check(program: Program, registry: Registry, skip: (fn: FnDecl) => boolean = () => false, options: CheckOptions = {}): Checked {
  const out: Checked = { fns: new Map(), generic: new Map(), types: new Map(), calls: new Map(), lambdas: new Map(), wraps: new Set(), diagnostics: [] };
  const diags = out.diagnostics;
  const powExprs: Extract<Expr, { kind: "binary" }>[] = [];
  /** Operators that are block calls underneath (`x in xs` is contains(xs, x)): copied once resolved. */
  const operatorCalls: { e: Expr; call: Expr }[] = [];
  /** Expressions checked before a rewrite that reuses them (sortkeys.ts): not checked twice. */
  const checkedOnce = new Map<Expr, Ty>();
  const report = (d: Diagnostic) => { if (diags.length < 50) diags.push(d); };
  /** Variables the top-level statements set: other functions cannot see them, and say so. */
  const scriptVars = new Set(program.fns.find((f) => f.script)?.body.stmts.flatMap((s) =>
    s.kind === "assign" && s.target.kind === "name" ? [s.target.name] : s.kind === "for" ? s.vars.map((v) => v.name) : []) ?? []);

  for (const f of program.fns) {
    if (f.script && out.fns.has("main")) {
      report(error(CODES.duplicateFn, "statements outside any function, but the program also defines `fn main`", f.body.stmts[0].span, { suggestions: ["move these statements into `fn main`, or remove `fn main` and keep them at the top level"] }));
      continue;
    }
    if (out.fns.has(f.name)) { report(error(CODES.duplicateFn, `function '${f.name}' is defined twice`, f.nameSpan)); continue; }
    const fixed = options.paramTypes?.[f.name];
    const params = f.params.map((p, i) => {
      const given = fixed?.[i] !== undefined ? parseType(fixed[i]) : undefined;
      if (given) return fromType(given);
      return p.type ? typeFromExpr(p.type, report) : fresh(ALL, { span: p.span, why: `parameter '${p.name}'` });
    });
    // a function that can give null gives T? from the start, so its other results are lifted
    const result = f.result ? typeFromExpr(f.result, report) : returnsNull(f.body) ? { tag: "opt" as const, elem: fresh() } : fresh(ALL, { span: f.nameSpan, why: `result of '${f.name}'` });
    out.fns.set(f.name, { decl: f, params, result, locals: new Map() });
  }

  // Callees first, so a call's result type is known where it is used; what a body cannot decide
  // yet waits in `deferred` (deferred.ts) and is retried as types become known.
  const deferred = new Deferred(report, (a, b, span, what) => expectUnify(a, b, span, what), isParamType);
  const pending = deferred.calls, pendingFields = deferred.fields;
  for (const name of calleeFirstOrder(program)) {
    const info = out.fns.get(name)!;
    if (skip(info.decl)) continue;
    checkFn(info);
    deferred.settle(false);
  }
  deferred.settle(false);
  // what inference alone left open in each signature, before a forced overload or a default fills it
  for (const [name, f] of out.fns) {
    if (f.params.every(isResolved)) continue;
    const names = new Map<TVar, string>();
    out.generic.set(name, f.params.map((t) => showTy(t, names)));
  }
  deferred.settle(true);
  deferred.reportUnknownFields();
  for (const e of powExprs) attachPow(e);
  for (const { e, call } of operatorCalls) { const t = out.calls.get(call); if (t) out.calls.set(e, t); }
  for (const t of out.types.values()) defaultVars(t);
  for (const f of out.fns.values()) { f.params.forEach(defaultVars); defaultVars(f.result); f.locals.forEach(defaultVars); }
  for (const l of out.lambdas.values()) { l.params.forEach(defaultVars); defaultVars(l.result); }
  for (const c of out.calls.values()) if (c?.kind === "block") Object.values(c.vars).forEach(defaultVars);
  if (!diags.some((d) => d.severity === "error")) chooseInstances(out, report);
  return out;

  /** Is this (still open) type exactly a function parameter's? */
  function isParamType(t: Ty): boolean {
    const v = prune(t);
    return v.tag === "var" && [...out.fns.values()].some((f) => f.params.some((p) => prune(p) === v));
  }

  /** `a ** b` on floats is the `pow` block's float overload. */
  function attachPow(e: Extract<Expr, { kind: "binary" }>): void {
    if (prune(out.types.get(e.left) ?? UNIT_T).tag !== "float") return;
    const block = registry.get("pow");
    const call: Extract<Expr, { kind: "call" }> = { kind: "call", callee: "pow", calleeSpan: e.opSpan, args: [e.left, e.right], method: false, span: e.span };
    if (!block) { report(error(CODES.unknownBlock, "`**` on floats needs the `pow` block", e.opSpan)); return; }
    resolveBlockCall(call, block, { registry, report, out, checkArg: (a) => out.types.get(a)!, checkLambda: () => UNIT_T }, pending);
    retryPending(pending, true);
    const target = out.calls.get(call);
    if (target) out.calls.set(e, target);
  }

  function checkFn(info: FnInfo): void {
    const scope: Scope = { vars: info.locals };
    info.decl.params.forEach((p, i) => scope.vars.set(p.name, info.params[i]));
    const ctx: Ctx = { fn: info, loops: 0 };
    const { type, endsInExpr } = checkBlock(info.decl.body, scope, ctx, true);
    if (endsInExpr) expectLifted(info.result, type, lastExpr(info.decl.body), lastSpan(info.decl.body), `the value of '${info.decl.name}'`);
    else if (!ctx.returned) unify(info.result, UNIT_T);
  }

  interface Ctx { fn: FnInfo; loops: number; returned?: boolean }

  function checkBlock(b: Block, scope: Scope, ctx: Ctx, value: boolean): { type: Ty; endsInExpr: boolean } {
    let type: Ty = UNIT_T, endsInExpr = false;
    b.stmts.forEach((s, i) => {
      const last = i === b.stmts.length - 1;
      if (s.kind === "expr") {
        type = checkExpr(s.expr, scope, ctx, value && last);
        endsInExpr = last;
        if (!(value && last)) warnUnused(s.expr);
      } else {
        checkStmt(s, scope, ctx);
        type = UNIT_T;
        endsInExpr = false;
      }
    });
    return { type, endsInExpr };
  }

  /** A block call whose value is dropped does nothing: blocks return new values. */
  function warnUnused(e: Expr): void {
    const target = out.calls.get(e);
    if (e.kind !== "call" || !(target?.kind === "block" || pending.some((p) => p.e === e))) return;
    const recv = e.method && e.args[0]?.kind === "name" ? (e.args[0] as { name: string }).name : undefined;
    report({
      code: CODES.unusedValue, severity: "warning", span: e.span,
      message: `the value of '${e.callee}' is not used: blocks return a new value and change nothing`,
      suggestions: recv ? [`keep it: \`${recv} = ${source(e)}\``] : [],
      fix: recv && !source(e).includes("…") ? { span: e.span, replacement: `${recv} = ${source(e)}`, description: `assign the result: ${recv} = ${source(e)}` } : undefined,
    });
  }

  function lastSpan(b: Block): Span { return b.stmts.length ? b.stmts[b.stmts.length - 1].span : b.span; }

  function checkStmt(s: Stmt, scope: Scope, ctx: Ctx): void {
    switch (s.kind) {
      case "assign": {
        const vt = s.op === "=" ? checkExpr(s.value, scope, ctx, true) : checkExpr({ kind: "binary", op: s.op.slice(0, -1) as "+", left: s.target, right: s.value, opSpan: s.span, span: s.span }, scope, ctx, true);
        if (s.target.kind === "name") {
          const existing = lookup(scope, s.target.name);
          if (!existing) { scope.vars.set(s.target.name, vt); out.types.set(s.target, vt); }
          else if (s.op === "=") { out.types.set(s.target, existing); expectLifted(existing, vt, s.value, s.value.span, `variable '${s.target.name}'`); }
          else { out.types.set(s.target, existing); expectUnify(existing, vt, s.value.span, `variable '${s.target.name}'`); }
        } else if (s.target.kind === "index") {
          const et = checkExpr(s.target, scope, ctx, true);
          expectLifted(et, vt, s.op === "=" ? s.value : undefined, s.value.span, "the element");
        } else {
          report(error(CODES.assignTarget, "only a name or an element `xs[i]` can be assigned to", s.target.span));
        }
        return;
      }
      case "while": {
        expectUnify(BOOL_T, checkExpr(s.cond, scope, ctx, true), s.cond.span, "a while condition");
        ctx.loops++; checkBlock(s.body, scope, ctx, false); ctx.loops--;
        return;
      }
      case "for": {
        const it = checkExpr(s.iter, scope, ctx, true);
        const elem: Ty = fresh();
        // `for a, b in xs` over a value not known yet: an array of pairs (one variable may wait)
        if (s.vars.length > 1 && prune(it).tag === "var") expectUnify({ tag: "array", elem: fresh() }, it, s.iter.span, "a for loop (it walks an array or a string)");
        deferred.seq({ kind: "for", target: it, at: s.iter.span, span: s.span, result: elem, pairs: s.vars.length > 1 });
        if (s.vars.length === 1) define(scope, s.vars[0].name, elem, s.vars[0].span);
        else {
          const items = s.vars.map(() => fresh() as Ty);
          expectUnify({ tag: "tuple", items }, elem, s.iter.span, `the ${s.vars.length} loop variables`);
          s.vars.forEach((v, i) => define(scope, v.name, items[i], v.span));
        }
        ctx.loops++; checkBlock(s.body, scope, ctx, false); ctx.loops--;
        return;
      }
      case "return": {
        const t = s.value ? checkExpr(s.value, scope, ctx, true) : UNIT_T;
        expectLifted(ctx.fn.result, t, s.value, s.value?.span ?? s.span, `the result of '${ctx.fn.decl.name}'`);
        ctx.returned = true;
        return;
      }
      case "break": case "continue":
        if (!ctx.loops) report(error(CODES.breakOutside, `'${s.kind}' outside a loop`, s.span));
        return;
      case "expr":
        checkExpr(s.expr, scope, ctx, false);
        warnUnused(s.expr);
        return;
    }
  }

  function define(scope: Scope, name: string, t: Ty, span: Span): void {
    const existing = scope.vars.get(name);
    if (existing) expectUnify(existing, t, span, `variable '${name}'`);
    else scope.vars.set(name, t);
  }

  function lookup(scope: Scope, name: string): Ty | undefined {
    const crossed: LambdaInfo[] = [];
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const t = s.vars.get(name);
      if (t) {
        for (const l of crossed) if (!l.captures.includes(name)) l.captures.push(name);
        return t;
      }
      if (s.lambda) crossed.push(s.lambda);
    }
    return undefined;
  }

  function visibleNames(scope: Scope): string[] {
    const names: string[] = [];
    for (let s: Scope | undefined = scope; s; s = s.parent) names.push(...s.vars.keys());
    return names;
  }

  function expectUnify(expected: Ty, found: Ty, span: Span, what: string, note?: { span: Span; message: string }): boolean {
    const m = mark();
    if (unify(expected, found)) return true;
    undo(m);
    const e = prune(expected);
    const notes = note ? [note] : e.tag === "var" && e.origin ? [{ span: e.origin.span, message: `${e.origin.why} is ${showTy(e)}` }] : [];
    report(error(CODES.typeMismatch, `type mismatch in ${what}: expected ${showTy(expected)}, found ${showTy(found)}`, span, { notes, suggestions: conversionHint(expected, found) }));
    return false;
  }

  function expectLifted(want: Ty, found: Ty, e: Expr | undefined, span: Span, what: string): boolean {
    return lift(want, found, e, out.wraps, (a, b) => expectUnify(a, b, span, what));
  }

  function conversionHint(expected: Ty, found: Ty): string[] {
    const e = prune(expected).tag, f = prune(found).tag;
    if (e === "float" && f === "int") return ["convert with `.float`"];
    if (e === "int" && f === "float") return ["convert with `.int` (truncates) or `.round`"];
    if (e === "str" && (f === "int" || f === "float")) return ["convert with `.str`"];
    if (f === "opt" && e !== "opt") return ["this value may be null: give a default with `?? value`"];
    if (e === "opt" && f !== "opt" && f !== "var") return ["`??` takes a value that may be null (T?) on its left"];
    return [];
  }

  function checkExpr(e: Expr, scope: Scope, ctx: Ctx, value: boolean): Ty {
    const once = checkedOnce.get(e);
    if (once) return once;
    const t = infer(e, scope, ctx, value);
    out.types.set(e, t);
    return t;
  }

  function infer(e: Expr, scope: Scope, ctx: Ctx, value: boolean): Ty {
    switch (e.kind) {
      case "int": {
        if (e.value > 2n ** 63n - 1n || e.value < -(2n ** 63n)) report(error(CODES.typeMismatch, "integer literal does not fit in 64 bits", e.span));
        return fresh(NUM, { span: e.span, why: "a number literal" });
      }
      case "float": return FLOAT_T;
      case "str": return STR_T;
      case "bool": return BOOL_T;
      case "null": return { tag: "opt", elem: fresh() };
      case "error": return fresh();
      case "placeholder": {
        const t = lookup(scope, e.n ? `_${e.n}` : "_");
        if (t) return t;
        if (!e.n && lookup(scope, "_1")) {
          report(error(CODES.placeholder, "`_` and `_1`, `_2`, … cannot be mixed in one lambda or definition: number every parameter", e.span, { suggestions: ["write `_1` for the first parameter, or name them: `(x, n) => …`"] }));
          return fresh();
        }
        report(error(CODES.placeholder, e.n ? `\`_${e.n}\` stands for a parameter of a lambda: use it inside a call's argument, like \`xs.fold(0, _1 + _2)\`` : "`_` stands for the argument of a lambda: use it inside a call's argument, like `xs.map(_ * 2)`", e.span, { suggestions: ["at the top level, `name = …` with `_` in it, setting that name once, defines a function: `double = _ * 2`"] }));
        return fresh();
      }
      case "name": {
        const t = lookup(scope, e.name);
        if (t) return t;
        const spelled = PYTHON_CONSTANTS[e.name];
        if (spelled) {
          report(error(CODES.unknownName, `unknown name '${e.name}': Ideo writes \`${spelled}\``, e.span, { fix: { span: e.span, replacement: spelled, description: `replace '${e.name}' with '${spelled}'` } }));
          return e.name === "None" ? { tag: "opt", elem: fresh() } : BOOL_T;
        }
        if (out.fns.has(e.name) || registry.get(e.name)) {
          // a bare function or block name used as a value is a call without arguments: `xs.len`
          // reads like `len(xs)`, and `pi` like `pi()`
          const call: Expr = { kind: "call", callee: e.name, calleeSpan: e.span, args: [], method: false, span: e.span };
          const ct = checkExpr(call, scope, ctx, value);
          const target = out.calls.get(call);
          if (target) out.calls.set(e, target);
          return ct;
        }
        if (!ctx.fn.decl.script && scriptVars.has(e.name)) {
          report(error(CODES.unknownName, `unknown name '${clip(e.name)}': it is a variable of the top-level statements, which form \`main\``, e.span, { suggestions: ["a function sees only its parameters and its own variables: pass it as a parameter"] }));
          scope.vars.set(e.name, fresh());
          return scope.vars.get(e.name)!;
        }
        const near = closest(e.name, visibleNames(scope));
        const fixTo = uniqueClosest(e.name, visibleNames(scope));
        report(error(CODES.unknownName, `unknown name '${clip(e.name)}'`, e.span, { suggestions: near.map((n) => `did you mean '${n}'?`), fix: fixTo ? { span: e.span, replacement: fixTo, description: `replace '${clip(e.name)}' with '${fixTo}'` } : undefined }));
        const v = fresh();
        scope.vars.set(e.name, v); // one report per unknown name
        return v;
      }
      case "array": {
        const types = e.items.map((item) => checkExpr(item, scope, ctx, true));
        // an element that may be null makes them all optional: [1, null] is [int?]
        const opt = types.find((t) => prune(t).tag === "opt");
        const elem: Ty = opt ?? fresh();
        e.items.forEach((item, i) => expectLifted(elem, types[i], item, item.span, "an array literal (all elements share one type)"));
        return { tag: "array", elem };
      }
      case "tuple": return { tag: "tuple", items: e.items.map((i) => checkExpr(i, scope, ctx, true)) };
      case "map": {
        const keys = e.entries.map(({ key }) => checkExpr(key, scope, ctx, true));
        const values = e.entries.map(({ value }) => checkExpr(value, scope, ctx, true));
        const t = { tag: "map", key: fresh(KEY, { span: e.span, why: "the keys of a map (int or str)" }), value: values.find((v) => prune(v).tag === "opt") ?? fresh() } as const;
        e.entries.forEach(({ key, value }, i) => {
          expectUnify(t.key, keys[i], key.span, "a map's keys (all share one type, int or str)");
          expectLifted(t.value, values[i], value, value.span, "a map's values (all share one type)");
        });
        return t;
      }
      case "field": {
        const t = prune(checkExpr(e.target, scope, ctx, true));
        if (t.tag === "var") {
          const result = fresh();
          pendingFields.push({ e, target: t, result });
          return result;
        }
        if (t.tag !== "tuple") {
          report(error(CODES.typeMismatch, `.${e.index} needs a tuple, found ${showTy(t)}`, e.target.span));
          return fresh();
        }
        if (e.index >= t.items.length) { report(error(CODES.badField, `a tuple of ${t.items.length} has no field ${e.index}`, e.span)); return fresh(); }
        return t.items[e.index];
      }
      case "index": {
        const t = checkExpr(e.target, scope, ctx, true);
        const result = fresh();
        deferred.seq({ kind: "index", target: t, at: e.target.span, span: e.span, index: checkExpr(e.index, scope, ctx, true), indexSpan: e.index.span, result });
        return result;
      }
      case "slice": {
        const t = checkExpr(e.target, scope, ctx, true);
        for (const b of [e.lo, e.hi]) if (b) expectUnify(INT_T, checkExpr(b, scope, ctx, true), b.span, "a slice bound");
        deferred.seq({ kind: "slice", target: t, at: e.target.span, span: e.span });
        return t;
      }
      case "unary": {
        const t = checkExpr(e.operand, scope, ctx, true);
        if (e.op === "not") { expectUnify(BOOL_T, t, e.operand.span, "'not'"); return BOOL_T; }
        if (e.op === "~") { expectUnify(INT_T, t, e.operand.span, "'~' (bitwise not takes an int)"); return INT_T; }
        expectUnify(fresh(NUM), t, e.operand.span, "negation");
        return t;
      }
      case "binary": return inferBinary(e, scope, ctx);
      case "if": {
        expectUnify(BOOL_T, checkExpr(e.cond, scope, ctx, true), e.cond.span, "an if condition");
        const a = checkBlock(e.then, scope, ctx, value);
        if (!e.else) return UNIT_T;
        const b = checkBlock(e.else, scope, ctx, value);
        if (!value) return UNIT_T;
        if (!a.endsInExpr || !b.endsInExpr) return UNIT_T;
        if (prune(a.type).tag === "unit" || prune(b.type).tag === "unit") return UNIT_T;
        // one branch null (or optional), the other a plain value: the if gives an optional
        if (prune(b.type).tag === "opt" && prune(a.type).tag !== "opt") { expectLifted(b.type, a.type, lastExpr(e.then), lastSpan(e.then), "the branches of if/else (both give the value)"); return b.type; }
        expectLifted(a.type, b.type, lastExpr(e.else), lastSpan(e.else), "the branches of if/else (both give the value)");
        return a.type;
      }
      case "lambda": {
        // a lambda outside a block argument: its parameters' types come from its use
        const info: LambdaInfo = { id: out.lambdas.size, captures: [], params: e.params.map(() => fresh()), result: fresh() };
        return checkLambda(e, info, scope, ctx);
      }
      case "call": return inferCall(e, scope, ctx, value);
    }
  }

  function checkLambda(e: Extract<Expr, { kind: "lambda" }>, info: LambdaInfo, scope: Scope, ctx: Ctx): Ty {
    out.lambdas.set(e, info);
    const inner: Scope = { vars: new Map(), parent: scope, lambda: info };
    e.params.forEach((p, i) => inner.vars.set(p.name, (info.fields ?? info.params)[i]));
    const bodyT = checkExpr(e.body, inner, { ...ctx, loops: 0 }, true);
    expectUnify(info.result, bodyT, e.body.span, "the lambda's result");
    return { tag: "fn", params: info.params, result: info.result };
  }

  function inferBinary(e: Extract<Expr, { kind: "binary" }>, scope: Scope, ctx: Ctx): Ty {
    return inferOperator(e, {
      check: (x) => checkExpr(x, scope, ctx, true),
      unify: expectUnify,
      contains: (call, types) => {
        resolveBlockCall(call, registry.get("contains")!, { registry, report, out, checkArg: (a) => types.get(a)!, checkLambda: () => UNIT_T }, pending);
        operatorCalls.push({ e, call });
      },
      pow: (x) => powExprs.push(x),
    });
  }


  function inferCall(e: Extract<Expr, { kind: "call" }>, scope: Scope, ctx: Ctx, value: boolean): Ty {
    const name = e.callee;
    // a function's bare name passed as an argument is a lambda calling it: `range(9).map(say)`
    e.args = e.args.map((a) => {
      const f = a.kind === "name" && !lookup(scope, a.name) ? out.fns.get((a as { name: string }).name) : undefined;
      if (!f || f.params.length === 0) return a;
      const params = f.decl.params.map((_, i) => ({ name: `$arg${i}`, span: a.span }));
      const body: Expr = { kind: "call", callee: (a as { name: string }).name, calleeSpan: a.span, args: params.map((p) => ({ kind: "name", name: p.name, span: a.span }) as Expr), method: false, span: a.span };
      return { kind: "lambda", params, body, span: a.span } as Expr;
    });
    const user = out.fns.get(name);
    const local = lookup(scope, name);
    if (local && !e.method) {
      const ft = prune(local);
      if (ft.tag !== "fn" && ft.tag !== "var") { report(error(CODES.notCallable, `'${name}' is a ${showTy(ft)}, not a function`, e.calleeSpan)); return fresh(); }
      const params = e.args.map((a) => checkExpr(a, scope, ctx, true));
      const result = fresh();
      expectUnify(local, { tag: "fn", params, result }, e.span, `the call of '${name}'`);
      out.calls.set(e, { kind: "closure", name });
      return result;
    }
    // a function named like a block (`fn sum(a, b)`) still lets `.sum` of an array reach the block
    // when the argument counts say so
    if (user && (e.args.length === user.params.length || !registry.get(name))) {
      out.calls.set(e, { kind: "fn", name });
      if (e.args.length !== user.params.length) {
        report(error(CODES.arity, `'${name}' takes ${user.params.length} argument${user.params.length === 1 ? "" : "s"}, given ${e.args.length}`, e.span));
      }
      e.args.forEach((a, i) => {
        const p = user.params[i];
        if (!p) { checkExpr(a, scope, ctx, true); return; }
        if (a.kind === "lambda" && prune(p).tag === "fn") {
          const ft = prune(p) as Extract<Ty, { tag: "fn" }>;
          out.types.set(a, checkLambda(a, { id: out.lambdas.size, captures: [], params: ft.params, result: ft.result }, scope, ctx));
          return;
        }
        const note = { span: user.decl.params[i]?.span ?? user.decl.nameSpan, message: `parameter '${user.decl.params[i]?.name}' is ${showTy(p)}` };
        // a parameter of type T? takes a plain T too
        lift(p, checkExpr(a, scope, ctx, true), a, out.wraps, (want, found) => expectUnify(want, found, a.span, `argument ${i + 1} of '${name}'`, note));
      });
      return user.result;
    }
    if (INTRINSICS.has(name)) {
      e.args.forEach((a) => checkExpr(a, scope, ctx, true));
      out.calls.set(e, { kind: "print" });
      return UNIT_T;
    }
    let block = registry.get(name);
    if (block && splitSortKeys(e, block.name, (x) => { const t = checkExpr(x, scope, ctx, true); checkedOnce.set(x, t); return t; })) block = registry.get("sortby");
    if (block) {
      // a block's bare name where the block expects a function is a lambda calling it: `xs.map(square)`
      e.args = e.args.map((a, i) => {
        if (a.kind !== "name" || lookup(scope, a.name) || out.fns.has(a.name) || !registry.get(a.name)) return a;
        const fnParam = block.sigs.map((s) => s.params[i]?.type).find((t) => t?.kind === "fn");
        if (!fnParam || fnParam.kind !== "fn") return a;
        const params = fnParam.params.map((_, k) => ({ name: `$arg${k}`, span: a.span }));
        const body: Expr = { kind: "call", callee: a.name, calleeSpan: a.span, args: params.map((p) => ({ kind: "name", name: p.name, span: a.span }) as Expr), method: false, span: a.span };
        return { kind: "lambda", params, body, span: a.span } as Expr;
      });
      return resolveBlockCall(e, block, {
        registry, report, out,
        checkArg: (a) => checkExpr(a, scope, ctx, true),
        checkLambda: (a, params, result, fields) => checkLambda(a, { id: out.lambdas.size, captures: [], params, result, fields }, scope, ctx),
      }, pending);
    }
    const candidates = [...out.fns.keys(), ...registry.names(), ...registry.aliases(), ...INTRINSICS];
    const near = closest(name, candidates);
    const fixTo = uniqueClosest(name, candidates);
    report(error(CODES.unknownBlock, `unknown block '${clip(name)}'${near.length ? ` — did you mean '${near[0]}'?` : ""}`, e.calleeSpan, {
      suggestions: near.map((n) => `did you mean '${n}'?`).concat(near.length ? [] : ["`ideo vocab QUERY` searches the blocks"]),
      fix: fixTo ? { span: e.calleeSpan, replacement: fixTo, description: `replace '${clip(name)}' with '${fixTo}'` } : undefined,
    }));
    e.args.forEach((a) => a.kind !== "lambda" && checkExpr(a, scope, ctx, true));
    return fresh();
  }
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

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
