// Type terms with variables, and unification with an undo trail (for trying overloads).
// A variable may be limited to a set of type kinds: numbers, things that can be added,
// ordered, or the domain a block's signature allows.
import type { Span } from "../diagnostics.js";
import { RecordName, Type } from "../types.js";

export type Kind = "int" | "float" | "bool" | "byte" | "str" | "unit" | "array" | "tuple" | "fn" | "map" | "opt" | "any";
export const ALL: ReadonlySet<Kind> = new Set(["int", "float", "bool", "byte", "str", "unit", "array", "tuple", "fn", "map", "opt", "any"]);
/** What a map's keys may be. */
export const KEY: ReadonlySet<Kind> = new Set(["int", "str"]);
export const NUM: ReadonlySet<Kind> = new Set(["int", "float"]);
export const ADD: ReadonlySet<Kind> = new Set(["int", "float", "str", "array"]);
export const ORD: ReadonlySet<Kind> = new Set(["int", "float", "str", "bool"]);

export type Ty =
  /** `any`: a JSON-like value whose kind is known at run time. */
  | { tag: "int" | "float" | "bool" | "byte" | "str" | "unit" | "any" }
  | { tag: "array"; elem: Ty }
  /** with `record`, a declared record type: unifies only with the same record (nominal) */
  | { tag: "tuple"; items: Ty[]; record?: RecordName }
  | { tag: "fn"; params: Ty[]; result: Ty }
  | { tag: "map"; key: Ty; value: Ty }
  /** `T?`: a value or null. */
  | { tag: "opt"; elem: Ty }
  | TVar;

/** A declared record type (check/records.ts). */
export type RecordTy = Extract<Ty, { tag: "tuple" }> & { record: RecordName };

/** `rank` bounds the length of the chain of variables bound to this one (union by rank), so that
 *  `prune` stays fast when thousands of statements unify with one variable. */
export interface TVar { tag: "var"; id: number; ref?: Ty; allowed: ReadonlySet<Kind>; origin?: { span: Span; why: string }; rank?: number }

let nextId = 1;
export function fresh(allowed: ReadonlySet<Kind> = ALL, origin?: TVar["origin"]): TVar {
  return { tag: "var", id: nextId++, allowed, origin };
}

export const INT_T: Ty = { tag: "int" }, FLOAT_T: Ty = { tag: "float" }, BOOL_T: Ty = { tag: "bool" }, BYTE_T: Ty = { tag: "byte" }, STR_T: Ty = { tag: "str" }, UNIT_T: Ty = { tag: "unit" }, ANY_T: Ty = { tag: "any" };

export function prune(t: Ty): Ty {
  while (t.tag === "var" && t.ref) t = t.ref;
  return t;
}

/** A type as messages show it; with `names`, open variables are named `'a`, `'b`, … (shared across
 *  calls): the shape an exported function's parameter has before defaults fill it in. */
export function showTy(t: Ty, names?: Map<TVar, string>): string {
  t = prune(t);
  const show = (x: Ty) => showTy(x, names);
  switch (t.tag) {
    case "var": {
      if (!names) return t.allowed === NUM || (t.allowed.size === 2 && t.allowed.has("int") && t.allowed.has("float")) ? "number" : "?";
      let n = names.get(t);
      if (!n) { n = `'${String.fromCharCode(97 + names.size)}`; names.set(t, n); }
      return n;
    }
    case "array": return `[${show(t.elem)}]`;
    case "tuple": return t.record ? t.record.name : `(${t.items.map(show).join(", ")})`;
    case "fn": return `(${t.params.map(show).join(", ")}) => ${show(t.result)}`;
    case "map": return `{${show(t.key)}: ${show(t.value)}}`;
    case "opt": return !names && prune(t.elem).tag === "var" ? "T?" : `${show(t.elem)}?`;
    default: return t.tag;
  }
}

// ---- the trail: every binding can be undone, so an overload can be tried and abandoned
const trail: { v: TVar; allowed: ReadonlySet<Kind>; origin: TVar["origin"] }[] = [];
export const mark = () => trail.length;
export function undo(to: number): void {
  while (trail.length > to) {
    const { v, allowed, origin } = trail.pop()!;
    v.ref = undefined;
    v.allowed = allowed;
    v.origin = origin;
  }
}

/** The variables bound or joined since a mark. */
export function boundSince(m: number): Set<TVar> {
  return new Set(trail.slice(m).map((e) => e.v));
}

/** Does a type reach one of these variables, through the bindings as they stand? */
export function touches(t: Ty, vars: ReadonlySet<TVar>): boolean {
  while (t.tag === "var") {
    if (vars.has(t)) return true;
    if (!t.ref) return false;
    t = t.ref;
  }
  if (t.tag === "array" || t.tag === "opt") return touches(t.elem, vars);
  if (t.tag === "tuple") return t.items.some((i) => touches(i, vars));
  if (t.tag === "fn") return t.params.some((p) => touches(p, vars)) || touches(t.result, vars);
  if (t.tag === "map") return touches(t.key, vars) || touches(t.value, vars);
  return false;
}

function occurs(v: TVar, t: Ty): boolean {
  t = prune(t);
  if (t === v) return true;
  if (t.tag === "array") return occurs(v, t.elem);
  if (t.tag === "tuple") return t.items.some((i) => occurs(v, i));
  if (t.tag === "fn") return t.params.some((p) => occurs(v, p)) || occurs(v, t.result);
  if (t.tag === "map") return occurs(v, t.key) || occurs(v, t.value);
  if (t.tag === "opt") return occurs(v, t.elem);
  return false;
}

/** Unify; on failure returns false and leaves partial bindings (callers undo with the trail). */
export function unify(a: Ty, b: Ty): boolean {
  a = prune(a); b = prune(b);
  if (a === b) return true;
  if (a.tag === "var" && b.tag === "var") {
    const both = new Set([...a.allowed].filter((k) => b.allowed.has(k)));
    if (!both.size) return false;
    // the shallower chain joins the deeper one; the root takes b's kinds and origin either way
    const [child, root] = (a.rank ?? 0) > (b.rank ?? 0) ? [b, a] : [a, b];
    trail.push({ v: root, allowed: root.allowed, origin: root.origin });
    trail.push({ v: child, allowed: child.allowed, origin: child.origin });
    root.allowed = both;
    root.origin = b.origin;
    if ((a.rank ?? 0) === (b.rank ?? 0)) root.rank = (root.rank ?? 0) + 1;
    child.ref = root;
    return true;
  }
  if (a.tag === "var") return bind(a, b);
  if (b.tag === "var") return bind(b, a);
  if (a.tag !== b.tag) return false;
  if (a.tag === "array") return unify(a.elem, (b as typeof a).elem);
  if (a.tag === "opt") return unify(a.elem, (b as typeof a).elem);
  if (a.tag === "map") return unify(a.key, (b as typeof a).key) && unify(a.value, (b as typeof a).value);
  if (a.tag === "tuple") {
    const bt = b as typeof a;
    if (a.record?.name !== bt.record?.name) return false;
    return a.items.length === bt.items.length && a.items.every((x, i) => unify(x, bt.items[i]));
  }
  if (a.tag === "fn") {
    const bf = b as typeof a;
    return a.params.length === bf.params.length && a.params.every((x, i) => unify(x, bf.params[i])) && unify(a.result, bf.result);
  }
  return true;
}

function bind(v: TVar, t: Ty): boolean {
  if (!v.allowed.has(t.tag as Kind) || occurs(v, t)) return false;
  trail.push({ v, allowed: v.allowed, origin: v.origin });
  v.ref = t;
  return true;
}

/** Try to unify; undo everything on failure. */
export function tryUnify(a: Ty, b: Ty): boolean {
  const m = mark();
  if (unify(a, b)) return true;
  undo(m);
  return false;
}

/** Give every still-open variable its default: int where that is allowed (numeric literals, empty arrays). */
export function defaultVars(t: Ty): void {
  t = prune(t);
  if (t.tag === "var") {
    const pick: Ty = t.allowed.has("int") ? INT_T : t.allowed.has("str") ? STR_T : t.allowed.has("float") ? FLOAT_T : t.allowed.has("bool") ? BOOL_T : UNIT_T;
    t.ref = pick;
  } else if (t.tag === "array") defaultVars(t.elem);
  else if (t.tag === "tuple") t.items.forEach(defaultVars);
  else if (t.tag === "fn") { t.params.forEach(defaultVars); defaultVars(t.result); }
  else if (t.tag === "map") { defaultVars(t.key); defaultVars(t.value); }
  else if (t.tag === "opt") defaultVars(t.elem);
}

export function isResolved(t: Ty): boolean {
  t = prune(t);
  if (t.tag === "var") return false;
  if (t.tag === "array") return isResolved(t.elem);
  if (t.tag === "tuple") return t.items.every(isResolved);
  if (t.tag === "fn") return t.params.every(isResolved) && isResolved(t.result);
  if (t.tag === "map") return isResolved(t.key) && isResolved(t.value);
  if (t.tag === "opt") return isResolved(t.elem);
  return true;
}

/** The concrete type, once everything is resolved (open variables read as int). */
export function toType(t: Ty): Type {
  t = prune(t);
  switch (t.tag) {
    case "var": return t.allowed.has("int") ? { kind: "int" } : { kind: "unit" };
    case "array": return { kind: "array", elem: toType(t.elem) };
    case "tuple": return t.record ? { kind: "tuple", items: t.items.map(toType), record: t.record } : { kind: "tuple", items: t.items.map(toType) };
    case "fn": return { kind: "fn", params: t.params.map(toType), result: toType(t.result) };
    case "map": return { kind: "map", key: toType(t.key), value: toType(t.value) };
    case "opt": return { kind: "opt", elem: toType(t.elem) };
    default: return { kind: t.tag };
  }
}

export function fromType(t: Type): Ty {
  switch (t.kind) {
    case "array": return { tag: "array", elem: fromType(t.elem) };
    case "tuple": return t.record ? { tag: "tuple", items: t.items.map(fromType), record: t.record } : { tag: "tuple", items: t.items.map(fromType) };
    case "fn": return { tag: "fn", params: t.params.map(fromType), result: fromType(t.result) };
    case "map": return { tag: "map", key: fromType(t.key), value: fromType(t.value) };
    case "opt": return { tag: "opt", elem: fromType(t.elem) };
    default: return { tag: t.kind };
  }
}
