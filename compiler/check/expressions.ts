// Expressions other than calls: literals, names, arrays, tuples, maps, fields, indexes, slices,
// operators, if/else and lambdas. Calls are in callees.ts.
import type { Expr } from "../syntax/ast.js";
import { CODES, error, nearAndFix } from "../diagnostics.js";
import type { LambdaInfo } from "./checked.js";
import { Binary, Checker, Ctx, HOST_VALUES, Lambda, Scope, clip, lastSpan, lookup, reportRepeatedParams, visibleNames } from "./env.js";
import { inferOperator } from "./operators.js";
import { lastExpr, mixedKinds, widened } from "./lift.js";
import { resolveBlockCall } from "./calls.js";
import { readField } from "./records.js";
import { ANY_T, BOOL_T, FLOAT_T, INT_T, KEY, NUM, STR_T, Ty, UNIT_T, fresh, prune, showTy } from "./unify.js";

/** Fields a tuple may have. */
const MAX_FIELDS = 256;

/** Python's constants, which a block name (`none`) must not catch: what Ideo writes. */
const PYTHON_CONSTANTS: Record<string, string> = { None: "null", True: "true", False: "false" };

/** An expression's type, recorded in `out.types`; `value` when its value is used. */
export function checkExpr(c: Checker, e: Expr, scope: Scope, ctx: Ctx, value: boolean): Ty {
  const once = c.checkedOnce.get(e);
  if (once) return once;
  const t = infer(c, e, scope, ctx, value);
  c.out.types.set(e, t);
  if (value) c.valueUses.push({ e, t });
  return t;
}

function infer(c: Checker, e: Expr, scope: Scope, ctx: Ctx, value: boolean): Ty {
  switch (e.kind) {
    case "int": {
      if (e.value > 2n ** 63n - 1n || e.value < -(2n ** 63n)) c.report(error(CODES.typeMismatch, "integer literal does not fit in 64 bits", e.span));
      return fresh(NUM, { span: e.span, why: "a number literal" });
    }
    case "float": return FLOAT_T;
    case "str": return STR_T;
    case "bool": return BOOL_T;
    case "null": return { tag: "opt", elem: fresh() };
    case "error": return fresh();
    case "placeholder": return inferPlaceholder(c, e, scope);
    case "name": return inferName(c, e, scope, ctx, value);
    case "array": {
      const types = e.items.map((item) => c.expr(item, scope, ctx, true));
      // an element that may be null makes them all optional: [1, null] is [int?]; elements of
      // kinds only an any holds make it [any]: [1, "a", [2]]
      const opt = types.find((t) => prune(t).tag === "opt");
      const elem = orAny(opt ?? fresh(), types, e.items);
      e.items.forEach((item, i) => c.lifted(elem, types[i], item, item.span, "an array literal (all elements share one type)"));
      return { tag: "array", elem };
    }
    case "tuple": return { tag: "tuple", items: e.items.map((i) => c.expr(i, scope, ctx, true)) };
    case "map": {
      const keys = e.entries.map(({ key }) => c.expr(key, scope, ctx, true));
      const values = e.entries.map(({ value }) => c.expr(value, scope, ctx, true));
      const value = orAny(values.find((v) => prune(v).tag === "opt") ?? fresh(), values, e.entries.map((en) => en.value));
      const t = { tag: "map", key: fresh(KEY, { span: e.span, why: "the keys of a map (int or str)" }), value } as const;
      e.entries.forEach(({ key, value }, i) => {
        c.unify(t.key, keys[i], key.span, "a map's keys (all share one type, int or str)");
        c.lifted(t.value, values[i], value, value.span, "a map's values (all share one type)");
      });
      return t;
    }
    case "field": return inferField(c, e, scope, ctx);
    case "index": {
      const t = c.expr(e.target, scope, ctx, true);
      const result = fresh();
      c.deferred.seq({ kind: "index", target: t, at: e.target.span, span: e.span, index: c.expr(e.index, scope, ctx, true), indexSpan: e.index.span, result });
      return result;
    }
    case "slice": {
      const t = c.expr(e.target, scope, ctx, true);
      for (const b of [e.lo, e.hi]) if (b) c.unify(INT_T, c.expr(b, scope, ctx, true), b.span, "a slice bound");
      c.deferred.seq({ kind: "slice", target: t, at: e.target.span, span: e.span });
      return t;
    }
    case "unary": {
      const t = e.op === "not" ? c.expr(e.operand, scope, ctx, true) : widened(c.expr(e.operand, scope, ctx, true), e.operand, c.out.wraps);
      if (e.op === "not") { c.unify(BOOL_T, t, e.operand.span, "'not'"); return BOOL_T; }
      if (e.op === "~") { c.unify(INT_T, t, e.operand.span, "'~' (bitwise not takes an int)"); return INT_T; }
      c.unify(fresh(NUM), t, e.operand.span, "negation");
      return t;
    }
    case "binary": return inferBinary(c, e, scope, ctx);
    case "if": return inferIf(c, e, scope, ctx, value);
    case "lambda": {
      // a lambda outside a block argument: its parameters' types come from its use
      const info: LambdaInfo = { id: c.out.lambdas.size, captures: [], params: e.params.map(() => fresh()), result: fresh() };
      return checkLambda(c, e, info, scope, ctx);
    }
    case "call": return c.call(e, scope, ctx, value);
  }
}


function inferPlaceholder(c: Checker, e: Extract<Expr, { kind: "placeholder" }>, scope: Scope): Ty {
  const t = lookup(scope, e.n ? `_${e.n}` : "_");
  if (t) return t;
  if (!e.n && lookup(scope, "_1")) {
    c.report(error(CODES.placeholder, "`_` and `_1`, `_2`, … cannot be mixed in one lambda or definition: number every parameter", e.span, { suggestions: ["write `_1` for the first parameter, or name them: `(x, n) => …`"] }));
    return fresh();
  }
  c.report(error(CODES.placeholder, e.n ? `\`_${e.n}\` stands for a parameter of a lambda: use it inside a call's argument, like \`xs.fold(0, _1 + _2)\`` : "`_` stands for the argument of a lambda: use it inside a call's argument, like `xs.map(_ * 2)`", e.span, { suggestions: ["at the top level, `name = …` with `_` in it, setting that name once, defines a function: `double = _ * 2`"] }));
  return fresh();
}

/** A variable; else a function or block named without arguments (`xs.len`, `pi`); else unknown. */
function inferName(c: Checker, e: Extract<Expr, { kind: "name" }>, scope: Scope, ctx: Ctx, value: boolean): Ty {
  const t = lookup(scope, e.name);
  if (t) return t;
  const spelled = PYTHON_CONSTANTS[e.name];
  if (spelled) {
    c.report(error(CODES.unknownName, `unknown name '${e.name}': Ideo writes \`${spelled}\``, e.span, { fix: { span: e.span, replacement: spelled, description: `replace '${e.name}' with '${spelled}'` } }));
    return e.name === "None" ? { tag: "opt", elem: fresh() } : BOOL_T;
  }
  if (c.out.fns.has(e.name) || c.registry.get(e.name) || HOST_VALUES.has(e.name)) {
    // a bare function or block name used as a value is a call without arguments: `xs.len`
    // reads like `len(xs)`, and `pi` like `pi()`
    const call: Expr = { kind: "call", callee: e.name, calleeSpan: e.span, args: [], method: false, span: e.span };
    const ct = c.expr(call, scope, ctx, value);
    const target = c.out.calls.get(call);
    if (target) c.out.calls.set(e, target);
    return ct;
  }
  if (!ctx.fn.decl.script && c.scriptVars.has(e.name)) {
    c.report(error(CODES.unknownName, `unknown name '${clip(e.name)}': it is a variable of the top-level statements, which form \`main\``, e.span, { suggestions: ["a function sees only its parameters and its own variables: pass it as a parameter"] }));
    scope.vars.set(e.name, fresh());
    return scope.vars.get(e.name)!;
  }
  const names = [...visibleNames(scope), ...HOST_VALUES];
  const { near, fixTo } = nearAndFix(e.name, names);
  c.report(error(CODES.unknownName, `unknown name '${clip(e.name)}'`, e.span, { suggestions: near.map((n) => `did you mean '${n}'?`), fix: fixTo ? { span: e.span, replacement: fixTo, description: `replace '${clip(e.name)}' with '${fixTo}'` } : undefined }));
  const v = fresh();
  scope.vars.set(e.name, v); // one report per unknown name
  return v;
}

/** `p.0`: a tuple's field; a value whose type is not known yet waits (deferred.ts). */
function inferField(c: Checker, e: Extract<Expr, { kind: "field" }>, scope: Scope, ctx: Ctx): Ty {
  const t = prune(c.expr(e.target, scope, ctx, true));
  if (e.name !== undefined) return readField(c, e, t);
  if (t.tag === "tuple" && t.record) {
    c.report(error(CODES.badField, `a record's fields are read by name: ${t.record.name} has ${t.record.fields.map((f) => `.${f}`).join(", ")}`, e.span));
    return fresh();
  }
  // a tuple guessed from its fields is as long as the highest one: `.2147483648` must not make one
  if (!(e.index < MAX_FIELDS)) { c.report(error(CODES.badField, `tuple fields go from .0 to .${MAX_FIELDS - 1}`, e.span)); return fresh(); }
  if (t.tag === "var") {
    const result = fresh();
    c.deferred.fields.push({ e, target: t, result });
    return result;
  }
  if (t.tag !== "tuple") {
    c.report(error(CODES.typeMismatch, `.${e.index} needs a tuple, found ${showTy(t)}`, e.target.span));
    return fresh();
  }
  if (e.index >= t.items.length) { c.report(error(CODES.badField, `a tuple of ${t.items.length} has no field ${e.index}`, e.span)); return fresh(); }
  return t.items[e.index];
}

/** `if c: a else b` as a value when both branches give one; one null branch makes it optional,
 *  branches of kinds only an any holds make it an any. */
function inferIf(c: Checker, e: Extract<Expr, { kind: "if" }>, scope: Scope, ctx: Ctx, value: boolean): Ty {
  c.unify(BOOL_T, c.expr(e.cond, scope, ctx, true), e.cond.span, "an if condition");
  const a = c.block(e.then, scope, ctx, value);
  if (!e.else) return UNIT_T;
  const b = c.block(e.else, scope, ctx, value);
  if (!value) return UNIT_T;
  if (!a.endsInExpr || !b.endsInExpr) return UNIT_T;
  if (prune(a.type).tag === "unit" || prune(b.type).tag === "unit") return UNIT_T;
  const branches = [lastExpr(e.then), lastExpr(e.else)];
  const opt = [a.type, b.type].find((t) => prune(t).tag === "opt");
  if (orAny(opt ?? fresh(), [a.type, b.type], branches) === ANY_T) {
    c.lifted(ANY_T, a.type, branches[0], lastSpan(e.then), "the branches of if/else");
    c.lifted(ANY_T, b.type, branches[1], lastSpan(e.else), "the branches of if/else");
    return ANY_T;
  }
  // one branch null (or optional), the other a plain value: the if gives an optional
  if (prune(b.type).tag === "opt" && prune(a.type).tag !== "opt") { c.lifted(b.type, a.type, lastExpr(e.then), lastSpan(e.then), "the branches of if/else (both give the value)"); return b.type; }
  c.lifted(a.type, b.type, lastExpr(e.else), lastSpan(e.else), "the branches of if/else (both give the value)");
  return a.type;
}

/** What values meeting in one literal or if share: `start`, or `any` where their kinds differ and
 *  an any holds each (lift.ts). */
function orAny(start: Ty, types: Ty[], exprs: (Expr | undefined)[]): Ty {
  return mixedKinds(start, types, exprs) ? ANY_T : start;
}

/** A lambda's body in a scope of its own, which records what it captures. */
export function checkLambda(c: Checker, e: Lambda, info: LambdaInfo, scope: Scope, ctx: Ctx): Ty {
  c.out.lambdas.set(e, info);
  reportRepeatedParams(c, e.params);
  const inner: Scope = { vars: new Map(), parent: scope, lambda: info };
  e.params.forEach((p, i) => inner.vars.set(p.name, (info.fields ?? info.params)[i]));
  c.mayBeUnit.add(e.body);
  const bodyT = c.expr(e.body, inner, { ...ctx, loops: 0 }, true);
  c.unify(info.result, bodyT, e.body.span, "the lambda's result");
  return { tag: "fn", params: info.params, result: info.result };
}

function inferBinary(c: Checker, e: Binary, scope: Scope, ctx: Ctx): Ty {
  return inferOperator(e, {
    check: (x) => c.expr(x, scope, ctx, true),
    unify: (a, b, span, what, note) => c.unify(a, b, span, what, note),
    lifted: (want, found, x, what) => c.lifted(want, found, x, x.span, what),
    report: (d) => c.report(d),
    contains: (call, types) => {
      resolveBlockCall(call, c.registry.get("contains")!, { registry: c.registry, report: (d) => c.report(d), out: c.out, checkArg: (a) => types.get(a)!, checkLambda: () => UNIT_T }, c.deferred.calls);
      c.operatorCalls.push({ e, call });
    },
    pow: (x) => c.powExprs.push(x),
    widen: (x, t) => widened(t, x, c.out.wraps),
  });
}
