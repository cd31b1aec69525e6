// What the checker's parts share: the scopes of names, the context of the function being checked,
// and the Checker interface through which statements, expressions and calls reach one another
// (check.ts implements it), so each part imports this file and none imports another.
import type { Block, Expr } from "../syntax/ast.js";
import { CODES, Diagnostic, Span, error } from "../diagnostics.js";
import type { Registry } from "../blocks/registry.js";
import type { Checked, FnInfo, LambdaInfo } from "./checked.js";
import type { Deferred } from "./deferred.js";
import { RecordTy, Ty, mark, prune, showTy, undo, unify } from "./unify.js";
import type { RecordTypes } from "./annotations.js";
import { fromAny } from "./lift.js";

/** Variables visible at a point; a lambda's scope records the names it captures from outside. */
export interface Scope { vars: Map<string, Ty>; parent?: Scope; lambda?: LambdaInfo }

/** The function being checked, how deep in loops we are, and whether it has returned a value. */
export interface Ctx { fn: FnInfo; loops: number; returned?: boolean }

export type Lambda = Extract<Expr, { kind: "lambda" }>;
export type Call = Extract<Expr, { kind: "call" }>;
export type Binary = Extract<Expr, { kind: "binary" }>;
export type Note = { span: Span; message: string };

/** The program's record types (records.ts). */
export interface Records extends RecordTypes { names(): string[]; withField(field: string): RecordTy[] }

export interface Checker {
  readonly registry: Registry;
  readonly records: Records;
  readonly out: Checked;
  readonly deferred: Deferred;
  /** Variables the top-level statements set: other functions cannot see them, and say so. */
  readonly scriptVars: ReadonlySet<string>;
  /** Expressions checked before a rewrite that reuses them (sortkeys.ts): not checked twice. */
  readonly checkedOnce: Map<Expr, Ty>;
  /** `**` operators, looked at again once operand types are final (floats use the `pow` block). */
  readonly powExprs: Binary[];
  /** Operators that are block calls underneath (`x in xs` is contains(xs, x)): copied once resolved. */
  readonly operatorCalls: { e: Expr; call: Expr }[];
  /** Expressions whose value is used, and those of them that may give none (a body's last
   *  expression, a lambda's body, a return): the others must not be unit once types are final. */
  readonly valueUses: { e: Expr; t: Ty }[];
  readonly mayBeUnit: Set<Expr>;
  /** What `xs[i] = v` writes into, looked at again once types are final (a string cannot be written). */
  readonly elementWrites: Expr[];
  /** Comprehensions over a source whose type was open (a string or an array): once it is final, a
   *  string's is walked by its characters (check/callees.ts). */
  readonly walks: { e: Call; source: Expr; t: Ty }[];
  report(d: Diagnostic): void;
  expr(e: Expr, scope: Scope, ctx: Ctx, value: boolean): Ty;
  block(b: Block, scope: Scope, ctx: Ctx, value: boolean): { type: Ty; endsInExpr: boolean };
  lambda(e: Lambda, info: LambdaInfo, scope: Scope, ctx: Ctx): Ty;
  call(e: Call, scope: Scope, ctx: Ctx, value: boolean): Ty;
  /** Unify or report a type mismatch naming `what`; false when they do not unify. */
  unify(expected: Ty, found: Ty, span: Span, what: string, note?: Note): boolean;
  /** Unify, lifting a plain value into `T?` or `any` where one is wanted (lift.ts). */
  lifted(want: Ty, found: Ty, e: Expr | undefined, span: Span, what: string): boolean;
}

export function define(c: Checker, scope: Scope, name: string, t: Ty, span: Span): void {
  const existing = scope.vars.get(name);
  if (existing) c.unify(existing, t, span, `variable '${name}'`);
  else scope.vars.set(name, t);
}

/** `f(x, x)`, `(a, a) => …`: a parameter named twice is an error (the second would hide the first). */
export function reportRepeatedParams(c: Checker, params: { name: string; span: Span }[]): void {
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name)) c.report(error(CODES.duplicateFn, `parameter '${clip(p.name)}' is named twice`, p.span, { suggestions: ["give each parameter its own name"] }));
    seen.add(p.name);
  }
}

/** A name's type, recording it as a capture of every lambda between the use and the definition. */
export function lookup(scope: Scope, name: string): Ty | undefined {
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

export function visibleNames(scope: Scope): string[] {
  const names: string[] = [];
  for (let s: Scope | undefined = scope; s; s = s.parent) names.push(...s.vars.keys());
  return names;
}

/** Unify `expected` with `found`, or report a mismatch (naming where an open type came from). */
export function expectUnify(report: (d: Diagnostic) => void, expected: Ty, found: Ty, span: Span, what: string, note?: Note): boolean {
  const m = mark();
  if (unify(expected, found)) return true;
  undo(m);
  const e = prune(expected);
  const notes = note ? [note] : e.tag === "var" && e.origin ? [{ span: e.origin.span, message: `${e.origin.why} is ${showTy(e)}` }] : [];
  report(error(CODES.typeMismatch, `type mismatch in ${what}: expected ${showTy(expected)}, found ${showTy(found)}`, span, { notes, suggestions: conversionHint(expected, found) }));
  return false;
}

const isNumberVar = (t: Ty) => { const p = prune(t); return p.tag === "var" && [...p.allowed].every((k) => k === "int" || k === "float"); };

function conversionHint(expected: Ty, found: Ty): string[] {
  const e = prune(expected).tag, f = prune(found).tag;
  if (f === "any" && e !== "any") {
    const w = prune(expected);
    return [fromAny(w.tag === "var" && [...w.allowed].every((k) => k === "int" || k === "float") ? "number" : w.tag)];
  }
  if (e === "any" && f !== "var") return ["an any holds null, bools, numbers, strs, lists and dicts with str keys"];
  if (e === "float" && f === "int") return ["convert with `.float`"];
  if (e === "byte" && (f === "int" || isNumberVar(found))) return ["an int becomes a byte only when written: convert with `.byte` (the value modulo 256)"];
  if (e === "int" && f === "float") return ["convert with `.int` (truncates) or `.round`"];
  if (e === "str" && (f === "int" || f === "float")) return ["convert with `.str`"];
  if (f === "opt" && e !== "opt") return ["this value may be null: give a default with `?? value`"];
  if (e === "opt" && f !== "opt" && f !== "var") return ["`??` takes a value that may be null (T?) on its left"];
  return [];
}

/** Where a body's value (its last statement) is, for messages. */
export function lastSpan(b: Block): Span { return b.stmts.length ? b.stmts[b.stmts.length - 1].span : b.span; }

/** Names that are values the host gives, read like a block without arguments: `stdin.lines`. */
export const HOST_VALUES = new Set(["stdin"]);

/** Long names in messages are cut. */
export const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
