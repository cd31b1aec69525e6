// Calls to blocks: pick the overload whose signature the arguments fit, instantiate its type
// variables, check lambda arguments against the function types it expects, and (once all types
// are known) choose the template instantiation to link.
import type { Expr } from "../syntax/ast.js";
import { CODES, Diagnostic, error } from "../diagnostics.js";
import { BlockInfo, Instance, Registry, chooseInstance } from "../blocks/registry.js";
import { SigType, showSig, typeVars } from "../blocks/signature.js";
import { ALL, Kind, Ty, TVar, boundSince, fresh, mark, prune, showTy, touches, undo, unify, toType } from "./unify.js";
import type { Checked } from "./checked.js";
import { fromAny, jsonLike, widenedTy, widens } from "./lift.js";

export type { CallTarget } from "./checked.js";
import { Type, show } from "../types.js";

interface Env {
  registry: Registry;
  report: (d: Diagnostic) => void;
  out: Checked;
  checkArg: (a: Expr) => Ty;
  checkLambda: (a: Extract<Expr, { kind: "lambda" }>, params: Ty[], result: Ty, fields?: Ty[]) => Ty;
}

const DOMAIN_KIND: Record<string, Kind> = { int: "int", float: "float", str: "str", bool: "bool", byte: "byte" };

function instantiate(t: SigType, vars: Record<string, TVar>): Ty {
  switch (t.kind) {
    case "var": return vars[t.name];
    case "array": return { tag: "array", elem: instantiate(t.elem, vars) };
    case "tuple": return { tag: "tuple", items: t.items.map((i) => instantiate(i, vars)) };
    case "map": return { tag: "map", key: instantiate(t.key, vars), value: instantiate(t.value, vars) };
    case "fn": return { tag: "fn", params: t.params.map((p) => instantiate(p, vars)), result: instantiate(t.result, vars) };
    default: return { tag: t.kind };
  }
}

function freshVars(b: BlockInfo, overload: number, e: Expr): Record<string, TVar> {
  const vars: Record<string, TVar> = {};
  for (const v of typeVars(b.sigs[overload])) {
    const dom = b.def.types?.[v] ?? ["any"];
    const allowed: ReadonlySet<Kind> = dom.includes("any") ? ALL : new Set(dom.map((d) => DOMAIN_KIND[d]).filter(Boolean));
    vars[v] = fresh(allowed, { span: e.span, why: `${v} in ${b.name}${sigText(b, overload)}` });
  }
  return vars;
}

const sigText = (b: BlockInfo, k: number) => {
  const s = b.sigs[k];
  return `(${s.params.map((p) => `${p.name}: ${showSig(p.type)}`).join(", ")}) -> ${showSig(s.result)}`;
};

/** Which overloads the arguments fit now (lambdas by arity only). */
function fitting(e: Extract<Expr, { kind: "call" }>, b: BlockInfo, argTypes: (Ty | undefined)[], result?: Ty): { fits: number[]; best?: { k: number; failAt: number } } {
  const fits: number[] = [], widening = new Set<number>();
  let best: { k: number; failAt: number } | undefined;
  const anyCall = argTypes.some(holdsAny); // before any overload's trial binds an open type
  for (let k = 0; k < b.sigs.length; k++) {
    if (b.sigs[k].params.length !== e.args.length) continue;
    const m = mark();
    const { failAt, widened } = bindOverload(e, b, k, argTypes, anyCall, result);
    undo(m);
    if (widened) widening.add(k);
    if (failAt < 0) fits.push(k);
    else if (!best || failAt > best.failAt) best = { k, failAt };
  }
  // an overload that takes the bytes as they are beats one they must be widened for
  const exact = fits.filter((k) => !widening.has(k));
  return { fits: exact.length ? exact : fits, best };
}

/** Overload k tried on the arguments (lambdas by arity only) and, for a deferred call, on the result
 *  it must give: where it first fails to fit (the result counts as one past the parameters), -1 when
 *  it fits, and whether an argument was widened. Its bindings stay: the caller marks and undoes. */
function bindOverload(e: Extract<Expr, { kind: "call" }>, b: BlockInfo, k: number, argTypes: (Ty | undefined)[], anyCall: boolean, result?: Ty): { failAt: number; widened: boolean } {
  const sig = b.sigs[k];
  const vars = freshVars(b, k, e);
  let widened = false;
  for (let i = 0; i < sig.params.length; i++) {
    const p = sig.params[i], a = e.args[i];
    if (a.kind === "lambda") {
      if (p.type.kind !== "fn" || (p.type.params.length !== a.params.length && !destructures(a, p.type, vars))) return { failAt: i, widened };
    } else {
      const fit = fitArg(instantiate(p.type, vars), argTypes[i]!, anyCall);
      if (!fit) return { failAt: i, widened };
      if (fit === "widened") widened = true;
    }
  }
  // a deferred call's result may have been constrained since: `m.reverse.transpose` is an array
  if (result && !unify(instantiate(sig.result, vars), result)) return { failAt: sig.params.length, widened };
  return { failAt: -1, widened };
}

/** Does an argument fit its parameter: unified, or lifted into an any where one is wanted in a call
 *  that has anys already — a type variable an earlier argument made `any` (`xs.append(3)` over a
 *  `[any]`), or an `any` parameter beside an argument that holds anys (`xs.count(3)`)? A value alone
 *  is not lifted: `"12".isnum` is an error, not false. */
function fitArg(want: Ty, found: Ty, anyCall: boolean): "unified" | "lifted" | "widened" | false {
  const m = mark();
  if (unify(want, found)) return "unified";
  undo(m);
  // a byte (or a [byte]) where the block takes an int (or a [int]) is one: `b.str`, `bs.sum`
  if (widens(want, found) && unify(want, widenedTy(found))) return "widened";
  undo(m);
  return anyCall && prune(want).tag === "any" && jsonLike(found) ? "lifted" : false;
}

/** Does a value hold anys: an any, or a list or map of them? */
function holdsAny(t: Ty | undefined): boolean {
  const p = t && prune(t);
  return !!p && (p.tag === "any" || ((p.tag === "array" || p.tag === "opt") && holdsAny(p.elem)) || (p.tag === "map" && holdsAny(p.value)));
}

/** A lambda of n parameters where a function of one n-tuple is expected takes the tuple apart:
 *  `pairs.map((a, b) => a * b)`. */
function destructures(a: Extract<Expr, { kind: "lambda" }>, want: Extract<SigType, { kind: "fn" }>, vars: Record<string, TVar>): boolean {
  if (want.params.length !== 1 || a.params.length < 2) return false;
  return unify(instantiate(want.params[0], vars), { tag: "tuple", items: a.params.map(() => fresh()) });
}

export interface PendingCall { e: Extract<Expr, { kind: "call" }>; b: BlockInfo; env: Env; argTypes: (Ty | undefined)[]; result: Ty }

/** Resolve a block call now, or — when more than one overload still fits — return a placeholder
 *  result and leave it in `pending` to be retried once more types are known. */
export function resolveBlockCall(e: Extract<Expr, { kind: "call" }>, b: BlockInfo, env: Env, pending: PendingCall[]): Ty {
  const argTypes = e.args.map((a) => (a.kind === "lambda" ? undefined : env.checkArg(a)));
  const { fits, best } = fitting(e, b, argTypes);
  if (!fits.length) {
    reportMismatch(e, b, env, argTypes, best);
    return fresh();
  }
  if (fits.length > 1) {
    const result = fresh();
    pending.push({ e, b, env, argTypes, result });
    return result;
  }
  return commit(e, b, env, argTypes, fits[0]);
}

/** Retry deferred calls; with `force`, take the first overload that fits. Returns whether any resolved. */
export function retryPending(pending: PendingCall[], force: boolean, isParam: (t: Ty) => boolean = () => false): boolean {
  let progress = false;
  for (const p of [...pending]) {
    const { fits, best } = fitting(p.e, p.b, p.argTypes, p.result);
    const firstKinds = new Set(fits.map((k) => p.b.sigs[k].params[0]?.type.kind));
    if (force && fits.length > 1 && p.argTypes[0] && isParam(p.argTypes[0]) && firstKinds.has("str") && firstKinds.has("array")) {
      // a function parameter that could be a string or an array: the first overload is a guess, so
      // say so; the JS host compiles the function again for what a caller passes (host/generic.ts)
      const kinds = fits.map((k) => showSig(p.b.sigs[k].params[0].type)).filter((t) => !/\bany\b/.test(t)).join(" or ");
      p.env.report({
        code: CODES.guessedParam, severity: "warning", span: p.e.args[0]?.span ?? p.e.span,
        message: `'${p.b.name}' here could take ${kinds}: compiled for ${showSig(p.b.sigs[forcedChoice(p, fits, pending)].params[0].type)}; load() compiles it again for what a JS caller passes`,
        suggestions: ["annotate the parameter it comes from, e.g. `s: str` or `xs: [int]`, to fix the type"],
      });
    }
    if (fits.length === 1 || (force && fits.length)) {
      pending.splice(pending.indexOf(p), 1);
      const r = commit(p.e, p.b, p.env, p.argTypes, forcedChoice(p, fits, pending));
      if (!unify(p.result, r)) reportMismatch(p.e, p.b, p.env, p.argTypes, best);
      progress = true;
    } else if (!fits.length) {
      pending.splice(pending.indexOf(p), 1);
      reportMismatch(p.e, p.b, p.env, p.argTypes, best);
      progress = true;
    }
  }
  return progress;
}

/** The overload a forced call takes: the first that leaves every other deferred call an overload
 *  to fit. `xs.count(xs[i].reverse)` with xs open: `reverse` over arrays would leave `count`, whose
 *  element must be a scalar, nothing; over strings, `count(xs, x)` fits. */
function forcedChoice(p: PendingCall, fits: number[], pending: PendingCall[]): number {
  if (fits.length < 2) return fits[0];
  const othersFit = (k: number) => {
    const m = mark();
    let ok = bindOverload(p.e, p.b, k, p.argTypes, p.argTypes.some(holdsAny), p.result).failAt < 0;
    if (ok) {
      // only a call this choice can change is tried again: one with a lambda (its body may read
      // anything), or one whose types reach a variable the choice bound. Trying every call was
      // quadratic: 5,000 one-line definitions took 21 s to check (fuzz seed 1, input 766470)
      const bound = boundSince(m);
      const affected = (q: PendingCall) => q.e.args.some((a) => a.kind === "lambda") || [...q.argTypes, q.result].some((t) => t !== undefined && touches(t, bound));
      ok = pending.every((q) => q === p || !affected(q) || fitting(q.e, q.b, q.argTypes, q.result).fits.length > 0);
    }
    undo(m);
    return ok;
  };
  return fits.find(othersFit) ?? fits[0];
}

function commit(e: Extract<Expr, { kind: "call" }>, b: BlockInfo, env: Env, argTypes: (Ty | undefined)[], k: number): Ty {
  const sig = b.sigs[k];
  const vars = freshVars(b, k, e);
  const anyCall = argTypes.some(holdsAny);
  sig.params.forEach((p, i) => {
    const want = instantiate(p.type, vars);
    const a = e.args[i];
    if (a.kind === "lambda") {
      const ft = want as Extract<Ty, { tag: "fn" }>;
      if (ft.params.length === a.params.length) env.out.types.set(a, env.checkLambda(a, ft.params, ft.result));
      else {
        const fields = a.params.map(() => fresh());
        unify(ft.params[0], { tag: "tuple", items: fields });
        env.out.types.set(a, env.checkLambda(a, ft.params, ft.result, fields));
      }
    } else {
      const fit = fitArg(want, argTypes[i]!, anyCall);
      if (fit === "lifted" || fit === "widened") env.out.wraps.set(a, want);
    }
  });
  env.out.calls.set(e, { kind: "block", block: b, overload: k, vars });
  return instantiate(sig.result, vars);
}

function reportMismatch(e: Extract<Expr, { kind: "call" }>, b: BlockInfo, env: Env, argTypes: (Ty | undefined)[], best?: { k: number; failAt: number }): void {
  const sigs = b.sigs.map((_, k) => `${b.name}${sigText(b, k)}`);
  if (!best) {
    const counts = [...new Set(b.sigs.map((s) => s.params.length))].join(" or ");
    env.report(error(CODES.arity, `'${b.name}' takes ${counts} argument${counts === "1" ? "" : "s"}${e.method ? " (counting the value before the dot)" : ""}, given ${e.args.length}`, e.span, { suggestions: sigs.map((s) => `signature: ${s}`) }));
    return;
  }
  const i = best.failAt;
  const p = b.sigs[best.k].params[i];
  const a = e.args[i];
  if (!a) { // every argument fits; the result does not fit where it is used
    env.report(error(CODES.typeMismatch, `the result of '${b.name}' (${showSig(b.sigs[best.k].result)}) does not fit where it is used`, e.span, { suggestions: sigs.map((s) => `signature: ${s}`) }));
    return;
  }
  const found = a.kind === "lambda" ? `a lambda of ${a.params.length} parameter${a.params.length === 1 ? "" : "s"}` : showTy(argTypes[i]!);
  const mentioned = typeVars({ params: [p], result: p.type });
  const domains = Object.entries(b.def.types ?? {}).filter(([v, d]) => mentioned.includes(v) && !d.includes("any")).map(([v, d]) => `${v} is ${d.join(" or ")}`).join("; ");
  const apart = a.kind === "lambda" && a.params.length > 1 && p.type.kind === "fn" && p.type.params.length === 1
    ? [`a lambda of ${a.params.length} parameters takes apart a ${a.params.length}-tuple, and these values are not ${a.params.length}-tuples`] : [];
  const held = a.kind === "lambda" ? undefined : prune(argTypes[i]!);
  const convert = held?.tag === "any" ? [fromAny(p.type.kind)]
    : held?.tag === "array" && prune(held.elem).tag === "any" && p.type.kind === "array" ? ["the elements are anys: convert them first, e.g. `xs.map(_.int)`"] : [];
  env.report(error(CODES.typeMismatch, `'${b.name}' expects ${p.name}: ${showSig(p.type)}${domains ? ` where ${domains}` : ""}, found ${found}`, a.span, {
    suggestions: [...apart, ...convert, ...sigs.map((s) => `signature: ${s}`)],
  }));
}

/** After defaults: pick the template instantiation for every block call. */
export function chooseInstances(out: Checked, report: (d: Diagnostic) => void): void {
  for (const [e, target] of out.calls) {
    if (target.kind !== "block") continue;
    const binding: Record<string, Type> = {};
    for (const [v, t] of Object.entries(target.vars)) binding[v] = toType(prune(t));
    const inst = chooseInstance(target.block, target.overload, binding);
    if (!inst) {
      const got = Object.entries(binding).map(([v, t]) => `${v} = ${show(t)}`).join(", ");
      const have = target.block.instances.filter((i) => i.overload === target.overload).map((i) => Object.values(i.env).join("/")).join(", ");
      report(error(CODES.noInstance, `'${target.block.name}' has no version for ${got}; it has ${have}`, (e as { calleeSpan?: typeof e.span }).calleeSpan ?? e.span));
      continue;
    }
    target.instance = inst;
  }
}
