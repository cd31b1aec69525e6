// What a loop tells indexing (indexing.ts) about its variables, from the syntax and the types:
//  - the length of an array variable the loop never assigns is read once, before the loop (an
//    array's length never changes; only a variable can be given another array);
//  - in `for i in range(lo, xs.len)` (step 1 or another positive constant, lo provably >= 0) whose
//    body assigns neither i nor xs, every `xs[i]` in the loop is in range and needs no check.
// Lambda bodies are functions of their own: their indexing is not counted here, but an assignment
// anywhere in the loop, lambdas included, counts as one.
import type { ExpressionRef } from "../binaryen.js";
import type { Expr, Stmt } from "../syntax/ast.js";
import type { LoopFacts, LowererBase } from "./base.js";
import { assignedNames, walk } from "./walk.js";
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
  for (const x of indexedArrays(loop)) {
    const local = l.lookup(x);
    if (assigned.has(x) || facts.lengths.has(x) || !local || local.type.kind !== "array") continue;
    const len = l.temp({ kind: "int" });
    before.push(m.local.set(len, m.i64.extend_u(m.i32.load(0, 4, m.local.get(local.index, b.i32), "memory"))));
    facts.lengths.set(x, len);
  }
  if (range && !assigned.has(range.v)) {
    const [lo, hi, step] = range.args.length === 1 ? [undefined, range.args[0], undefined] : range.args;
    const k = step ? intConst(step) : 1n;
    if (k !== undefined && k > 0n && (!lo || nonNegative(lo, l.facts))) {
      const arr = lengthOf(l, hi);
      facts.ranges.set(range.v, new Set(arr && !assigned.has(arr) ? [arr] : []));
    }
  }
  return { facts, before };
}
