// Lifting: a plain value where a `T?` or an `any` is wanted, and where inference gives `any`.
// A function that can give `null` gives `T?` from the start, so the order of its returns does not
// matter; a plain value that meets a `T?` (a branch, a return, a literal's element, an assignment)
// is boxed when lowered. A JSON-like value that meets an `any` is put in a tagged cell the same way
// (a `[int]` meeting a `[any]` element by element). `wraps` records each such expression with the
// type it is lowered into (lower/lift.ts).
import type { Block, Expr } from "../syntax/ast.js";
import { ALL, INT_T, Kind, NUM, Ty, fresh, mark, prune, undo, unify } from "./unify.js";

const PLAIN: ReadonlySet<Kind> = new Set([...ALL].filter((k) => k !== "opt"));
/** The kinds a JSON-like value can have. */
const JSON_KINDS: ReadonlySet<Kind> = new Set(["int", "float", "bool", "byte", "str", "array", "tuple", "map", "opt", "any"]);

export type Wraps = Map<Expr, Ty>;

/** Unify `found` with `want`, lifting a plain value into an optional or an any where one is wanted. */
export function lift(want: Ty, found: Ty, e: Expr | undefined, wraps: Wraps, expect: (a: Ty, b: Ty) => boolean): boolean {
  const w = prune(want), f = prune(found);
  if (e && w.tag === "opt" && f.tag !== "opt") {
    // a value not known yet is taken as plain, and kept plain: boxing it twice would be wrong
    if (f.tag === "var") unify(found, fresh(PLAIN));
    wraps.set(e, want);
    return expect(w.elem, found);
  }
  if (e && intoAny(w, f)) {
    wraps.set(e, want);
    return true;
  }
  if (e && widens(w, f)) {
    unify(want, widenedTy(f));
    wraps.set(e, want);
    return true;
  }
  return expect(want, found);
}

/** Is `f` a byte (or a [byte]) where an int (or a [int]) is wanted, and not a byte: a type variable
 *  that may not be a byte but may be an int counts (a block's `T` of int or float). */
export function widens(w: Ty, f: Ty): boolean {
  w = prune(w); f = prune(f);
  if (f.tag === "byte") return w.tag === "int" || (w.tag === "var" && w.allowed.has("int") && !w.allowed.has("byte"));
  return w.tag === "array" && f.tag === "array" && widens(w.elem, f.elem);
}

/** The int type a byte (or [byte]) is widened to. */
export function widenedTy(t: Ty): Ty {
  t = prune(t);
  return t.tag === "byte" ? INT_T : t.tag === "array" ? { tag: "array", elem: widenedTy(t.elem) } : t;
}

/** A byte used in an expression is an int (widened when lowered, lower/lift.ts): t, or int for a byte. */
export function widened(t: Ty, e: Expr, wraps: Wraps): Ty {
  if (prune(t).tag !== "byte") return t;
  wraps.set(e, INT_T);
  return INT_T;
}

/** Does the value `f` reach `w` by a conversion: `w` an any (or an array or map of them) and `f` a
 *  JSON-like value that is not one already? An open value is kept open, limited to what an any can
 *  hold: it may become an any itself, and then the lowering has nothing to convert. Binds what the
 *  conversion needs (a map's keys are str). */
function intoAny(w: Ty, f: Ty): boolean {
  if (w.tag === "any") {
    if (f.tag === "any" || !jsonLike(f)) return false;
    if (f.tag === "var") unify(f, fresh(JSON_KINDS));
    return true;
  }
  if (w.tag === "array" && f.tag === "array") return intoAny(prune(w.elem), prune(f.elem));
  if (w.tag === "map" && f.tag === "map") {
    const m = mark();
    if (intoAny(prune(w.value), prune(f.value)) && unify(w.key, f.key)) return true;
    undo(m);
  }
  return false;
}

/** Can a value of this type be held by an any: null, a bool, a number, a str, and arrays, tuples,
 *  optionals and str-keyed maps of those (not records)? */
export function jsonLike(t: Ty): boolean {
  t = prune(t);
  switch (t.tag) {
    case "var": return [...t.allowed].some((k) => JSON_KINDS.has(k));
    case "array": case "opt": return jsonLike(t.elem);
    // a record is not taken into an any: it would lose its field names (and its sharing)
    case "tuple": return !t.record && t.items.every(jsonLike);
    case "map": return prune(t.key).tag !== "int" && jsonLike(t.value);
    default: return JSON_KINDS.has(t.tag);
  }
}

const isNumber = (t: Ty) => { const p = prune(t); return p.tag === "int" || p.tag === "float" || (p.tag === "var" && [...p.allowed].every((k) => NUM.has(k))); };

/**
 * Values that meet at one place — the elements of a literal, the branches of an if, the results of
 * a function — are `any` when they share no type but an any can hold each of them. Not when they
 * are all numbers: an int beside a float stays the error that asks for `.float`. Tried on the
 * trail and undone, so nothing is bound: `start` is what the first value meets (a fresh type, or
 * the optional one of them gives).
 */
export function mixedKinds(start: Ty, types: Ty[], exprs: (Expr | undefined)[]): boolean {
  const m = mark();
  const scratch: Wraps = new Map();
  const shared = types.every((t, i) => lift(start, t, exprs[i], scratch, unify));
  undo(m);
  // `start` counts when it is a value's type already (a function's earlier results), not a fresh one
  const all = prune(start).tag === "var" ? types : [start, ...types];
  return !shared && all.every(jsonLike) && !all.every(isNumber);
}

/** The block that takes the plain value of each kind out of an any. */
const FROM_ANY: Record<string, string> = { int: "`.int`", float: "`.float`", str: "`.str`", bool: "`.bool`", array: "`.list`", map: "`.dict`", number: "`.int` or `.float`" };

/** A hint for an any where a plain value of this kind (a type's tag, or "number") is wanted. */
export function fromAny(kind: string): string {
  return `an any must be converted first: ${FROM_ANY[kind] ?? "`.int`, `.float`, `.str`, `.bool`, `.list` or `.dict`"}`;
}

/** The expression a block ends with, if it ends with one. */
export function lastExpr(b: Block): Expr | undefined {
  const s = b.stmts[b.stmts.length - 1];
  return s?.kind === "expr" ? s.expr : undefined;
}

/** Can this function give null: `return null`, or a final value that is null (or an if with a null branch)? */
export function returnsNull(body: Block): boolean {
  const nullish = (e: Expr | undefined): boolean => !!e && (e.kind === "null" || (e.kind === "if" && [e.then, e.else].some((b) => b && nullish(lastExpr(b)))));
  const inBlock = (b: Block | undefined): boolean => !!b && b.stmts.some((s) =>
    (s.kind === "return" && nullish(s.value)) || ((s.kind === "while" || s.kind === "for") && inBlock(s.body)) ||
    (s.kind === "expr" && s.expr.kind === "if" && (inBlock(s.expr.then) || inBlock(s.expr.else))));
  return nullish(lastExpr(body)) || inBlock(body);
}
