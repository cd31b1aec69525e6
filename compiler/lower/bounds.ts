// What a loop tells indexing (indexing.ts) about its variables, from the syntax and the types:
//  - the length of an array variable the loop never assigns (nor walks: its own variables) is read
//    once, before the loop (an array's length never changes; only a variable can be given another
//    array);
//  - in `for i in range(lo, xs.len)` (step 1 or another positive constant, lo provably >= 0) whose
//    body assigns neither i nor xs, every `xs[i]` in the loop is in range and needs no check;
//    the same for `range(lo, n)` with a constant n when xs is given an array of at least n items
//    (a literal, or one made from it by map, sort, …) once, in a statement of the function's body
//    before the loop, and never again.
// Lambda bodies are functions of their own: their indexing is not counted here, but an assignment
// anywhere in the loop, lambdas included, counts as one.
import type { ExpressionRef } from "../binaryen.js";
import type { Expr, Stmt } from "../syntax/ast.js";
import type { LoopFacts, LowererBase } from "./base.js";
import { assignedNames, walk } from "./walk.js";
import { namesSet } from "../syntax/walk.js";
import { intConst } from "./operators.js";

/** Array variables indexed (read or written) in n, outside lambdas. */
function indexedArrays(n: Stmt): Set<string> {
  const out = new Set<string>();
  walk(n, (c) => {
    if ("kind" in c && c.kind === "lambda") return false;
    if ("kind" in c && c.kind === "index" && c.target.kind === "name") out.add(c.target.name);
  });
  return out;
}

/** `xs.len` of an array variable: its name. */
function lengthOf(l: LowererBase, e: Expr): string | undefined {
  if (e.kind !== "call" || e.callee !== "len" || e.args.length !== 1 || e.args[0].kind !== "name") return undefined;
  const target = l.cx.checked.calls.get(e);
  if (target?.kind !== "block" || target.block.name !== "len") return undefined;
  return l.t(e.args[0]).kind === "array" ? e.args[0].name : undefined;
}

/** Blocks whose array result is as long as their first argument. */
const SAME_LENGTH = new Set(["map", "reverse", "sort", "sortby"]);

/** The length of an array the expression always makes: a literal, `range(n)` or `fill(n, x)` for
 *  a constant n, or a block that keeps its argument's length applied to one of those. */
function knownLength(l: LowererBase, e: Expr): number | undefined {
  if (e.kind === "array") return e.items.length;
  if (e.kind !== "call" || l.t(e).kind !== "array") return undefined;
  const target = l.cx.checked.calls.get(e);
  if (target?.kind !== "block") return undefined;
  const n = e.args.length ? intConst(e.args[0]) : undefined;
  const counted = (target.block.name === "range" && e.args.length === 1) || target.block.name === "fill";
  if (counted && n !== undefined && n >= 0n && n < 2n ** 31n) return Number(n);
  return SAME_LENGTH.has(target.block.name) && e.args.length ? knownLength(l, e.args[0]) : undefined;
}

/** Arrays of a known length: a variable the function assigns once, from an expression of known
 *  length (knownLength), in a statement of its body itself (so before any later statement runs),
 *  with that statement's place in the body. Worked out once a function: each loop bounded by a
 *  constant asks, and walking the body each time made a function of n loops take n² (8,000 loops:
 *  74 s at -O0). */
function literalLengths(l: LowererBase): Map<string, { length: number; at: number }> {
  let out = knownLengths.get(l.fnBody);
  if (!out) knownLengths.set(l.fnBody, (out = findLiteralLengths(l)));
  return out;
}

const knownLengths = new WeakMap<object, Map<string, { length: number; at: number }>>();

function findLiteralLengths(l: LowererBase): Map<string, { length: number; at: number }> {
  const out = new Map<string, { length: number; at: number }>();
  if (!("stmts" in l.fnBody)) return out;
  const counts = new Map<string, number>();
  walk(l.fnBody, (n) => {
    if ("kind" in n && n.kind === "assign") for (const t of namesSet(n)) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    if ("kind" in n && n.kind === "for") for (const v of n.vars) counts.set(v.name, 2);
  });
  l.fnBody.stmts.forEach((s, at) => {
    const length = s.kind === "assign" && s.op === "=" && s.target.kind === "name" ? knownLength(l, s.value) : undefined;
    if (length !== undefined && s.kind === "assign" && s.target.kind === "name" && counts.get(s.target.name) === 1 && !l.isParam(s.target.name)) {
      out.set(s.target.name, { length, at });
    }
  });
  return out;
}

/** The arrays `i < hi` keeps i below the length of. */
function boundedBy(l: LowererBase, loop: Stmt, hi: Expr, assigned: Set<string>): string[] {
  const arr = lengthOf(l, hi);
  if (arr) return assigned.has(arr) ? [] : [arr];
  const n = intConst(hi);
  if (n === undefined || !("stmts" in l.fnBody)) return [];
  const known = literalLengths(l);
  if (!known.size) return [];
  const body = l.fnBody.stmts;
  const at = body.findIndex((s) => s.span.start <= loop.span.start && loop.span.end <= s.span.end);
  return [...known].filter(([, k]) => BigInt(k.length) >= n && k.at < at).map(([name]) => name);
}

/** e is >= 0 and below 2^32 (so a sum of two such stays far from overflow). */
function smallNonNegative(e: Expr, facts: LoopFacts): boolean {
  const k = intConst(e);
  if (k !== undefined) return k >= 0n && k < 2n ** 32n;
  if (e.kind === "name") return (facts.ranges.get(e.name)?.size ?? 0) > 0; // below some array's length
  return e.kind === "binary" && e.op === "+" && smallNonNegative(e.left, facts) && smallNonNegative(e.right, facts);
}

/** e is >= 0 */
function nonNegative(e: Expr, facts: LoopFacts): boolean {
  return smallNonNegative(e, facts) || (e.kind === "name" && facts.ranges.has(e.name));
}

/** The facts inside `loop` and the length reads to place before it. `range` is the loop's
 *  `range(…)` call when it counts with variable `v`. */
export function loopFacts(l: LowererBase, loop: Extract<Stmt, { kind: "while" | "for" }>, range?: { v: string; args: Expr[] }): { facts: LoopFacts; before: ExpressionRef[] } {
  const { m, b } = l;
  const assigned = assignedNames(loop.body);
  const facts: LoopFacts = { ranges: new Map(l.facts.ranges), lengths: new Map(l.facts.lengths) };
  const before: ExpressionRef[] = [];
  // a `for` assigns its own variables every turn, outside its body (`for row in rows: row[0]`)
  const own = new Set(loop.kind === "for" ? loop.vars.map((v) => v.name) : []);
  for (const x of indexedArrays(loop)) {
    const local = l.lookup(x);
    if (assigned.has(x) || own.has(x) || facts.lengths.has(x) || !local || local.type.kind !== "array") continue;
    const len = l.temp({ kind: "int" });
    before.push(m.local.set(len, m.i64.extend_u(m.i32.load(0, 4, m.local.get(local.index, b.i32), "memory"))));
    facts.lengths.set(x, len);
  }
  if (range && !assigned.has(range.v)) {
    const [lo, hi, step] = range.args.length === 1 ? [undefined, range.args[0], undefined] : range.args;
    const k = step ? intConst(step) : 1n;
    if (k !== undefined && k > 0n && (!lo || nonNegative(lo, l.facts))) facts.ranges.set(range.v, new Set(boundedBy(l, loop, hi, assigned)));
  }
  return { facts, before };
}
