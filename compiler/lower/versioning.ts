// Loop versioning: an innermost `for v in range(lo, hi)` whose indexing bounds.ts cannot prove in
// range is compiled twice. Before the first turn, one test of lo, hi and the arrays' lengths tells
// whether every index of the forms below stays in range on every turn; if it does, the copy without
// their checks runs, else the checked copy, which faults where and when the program would. A check
// costs a compare, a branch and 64-bit index arithmetic: in an inner loop of few operations, such
// as a matrix product's or an edit distance's, that was most of the time.
//  - `xs[v + c]` (also `v`, `c + v`, `v - c`; c an int constant) with v the loop's counter: in range
//    on every turn when lo + c >= 0 and hi + c <= xs.len (the counter stays below hi);
//  - `xs[x + c]` with x an int variable the loop does not assign: when 0 <= x + c < xs.len.
// xs is an array variable the loop does not assign (bounds.ts reads its length before the loop; an
// array's length never changes). Only innermost loops without lambdas are copied: the copy doubles
// the loop's code, and a lambda would be lowered, and placed in the table, twice.
import type { ExpressionRef } from "../binaryen.js";
import type { Expr, Stmt } from "../syntax/ast.js";
import type { LoopFacts, LowererBase } from "./base.js";
import { assignedNames, walk } from "./walk.js";
import { intConst } from "./operators.js";
import type { Node } from "../syntax/walk.js";

type Index = Extract<Expr, { kind: "index" }>;

/** The counter of a `for … in range(…)` with a positive constant step: its name and the locals that
 *  hold its first value and its bound (rangeLoop sets them before the loop). */
export interface Counter { v: string; lo: number; hi: number }

/** The fast copy's facts and the test (of locals only) that chooses it. */
export interface Version { facts: LoopFacts; guard: ExpressionRef }

/** An index `x`, `x + c`, `c + x` or `x - c`, with |c| < 2^31 so that -c and len - c do not wrap. */
function offsetOf(e: Expr): { name: string; c: bigint } | undefined {
  if (e.kind === "name") return { name: e.name, c: 0n };
  if (e.kind !== "binary" || (e.op !== "+" && e.op !== "-")) return undefined;
  const small = (k: bigint | undefined) => k !== undefined && k > -(2n ** 31n) && k < 2n ** 31n;
  const right = intConst(e.right), left = intConst(e.left);
  if (e.left.kind === "name" && small(right)) return { name: e.left.name, c: e.op === "+" ? right! : -right! };
  if (e.op === "+" && e.right.kind === "name" && small(left)) return { name: e.right.name, c: left! };
  return undefined;
}

/** A loop with a loop or a lambda inside is not copied. */
function innermost(body: Node): boolean {
  let inner = true;
  walk(body, (n) => {
    if ("kind" in n && (n.kind === "for" || n.kind === "while" || n.kind === "lambda")) inner = false;
    return inner;
  });
  return inner;
}

/** The fast copy of loop s, or undefined where no index needs it. */
export function versionOf(l: LowererBase, s: Extract<Stmt, { kind: "for" }>, counter: Counter, facts: LoopFacts): Version | undefined {
  if (!innermost(s.body)) return undefined;
  const { m, b } = l;
  const assigned = assignedNames(s.body);
  const safe = new Set<Index>();
  const tests = new Map<string, ExpressionRef>();
  const get = (x: number) => m.local.get(x, b.i64);
  walk(s.body, (n) => {
    if (!("kind" in n) || n.kind !== "index" || n.target.kind !== "name") return;
    const arr = n.target.name, len = facts.lengths.get(arr);
    const at = offsetOf(n.index);
    if (len === undefined || !at || l.t(n.index).kind !== "int" || l.t(n.target).kind !== "array") return;
    if (n.index.kind === "name" && facts.ranges.get(n.index.name)?.has(arr)) return; // proven already
    const local = l.lookup(at.name);
    if (!local || local.type.kind !== "int" || assigned.has(at.name)) return;
    safe.add(n);
    const key = `${arr} ${at.name} ${at.c}`;
    if (tests.has(key)) return;
    const atLeast = m.i64.ge_s(at.name === counter.v ? get(counter.lo) : get(local.index), m.i64.const(-at.c));
    const below = at.name === counter.v ? m.i64.le_s(get(counter.hi), m.i64.sub(get(len), m.i64.const(at.c)))
      : m.i64.lt_s(get(local.index), m.i64.sub(get(len), m.i64.const(at.c)));
    tests.set(key, m.i32.and(atLeast, below));
  });
  if (!safe.size) return undefined;
  const guard = [...tests.values()].reduce((a, t) => m.i32.and(a, t));
  return { facts: { ...facts, safe }, guard };
}
