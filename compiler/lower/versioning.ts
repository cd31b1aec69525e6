// Loop versioning: an innermost `for v in range(lo, hi)` whose indexing bounds.ts cannot prove in
// range is compiled twice. Before the first turn, one test of lo, hi and the arrays' lengths tells
// whether every index of the forms below stays in range on every turn; if it does, the copy without
// their checks runs, else the checked copy, which faults where and when the program would. A check
// costs a compare, a branch and 64-bit index arithmetic: in an inner loop of few operations, such
// as a matrix product's or an edit distance's, that was most of the time.
//  - `xs[v + c]` (also `v`, `c + v`, `v - c`; c an int constant) with v the loop's counter: in range
//    on every turn when lo + c >= 0 and hi + c <= xs.len (the counter stays below hi);
//  - `xs[x + c]` with x an int variable the loop does not assign: when 0 <= x + c < xs.len;
//  - `xs[x + c][i]` (a row of an array of arrays, i of either form above): the row is read once,
//    after the test of x + c, into a local the unchecked copy indexes; i is tested against its
//    length. And `xs[v + c][x + d]` (a column): x + d is tested against the least length of the
//    rows the counter walks, read before the loop, or once before the outermost enclosing loop
//    that keeps those rows and the counter's bounds (columnLength). Only where the loop stores no
//    array into an array and calls nothing that could (rowsStay), so no row of xs can be replaced
//    while it runs.
// xs is an array variable the loop does not assign (bounds.ts reads its length before the loop; an
// array's length never changes). Only innermost loops without lambdas are copied: the copy doubles
// the loop's code, and a lambda would be lowered, and placed in the table, twice.
import type { ExpressionRef } from "../binaryen.js";
import type { Expr, Stmt } from "../syntax/ast.js";
import type { LoopFacts, LoopFrame, LowererBase } from "./base.js";
import { assignedNames, walk } from "./walk.js";
import { intConst } from "./operators.js";
import type { Node } from "../syntax/walk.js";
import type { Type } from "../types.js";

type Index = Extract<Expr, { kind: "index" }>;

/** The counter of a `for … in range(…)` with a positive constant step: its name, the locals that
 *  hold its first value and its bound (rangeLoop sets them before the loop), and the expressions
 *  those come from (`from` absent: 0). */
export interface Counter { v: string; lo: number; hi: number; from?: Expr; to: Expr }

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

const SCALARS = ["int", "float", "bool", "byte", "str"];

/** Whether nothing in n can replace a row of an array of arrays: no store of anything but a scalar
 *  or a string, and no call (a function may store into an array it is given) but of `print` and
 *  `stdin`, of `len`, which reads a length, and of a block given only scalars and strings
 *  (`range(n)`, `float(x)`: no array to reach, nothing to call back). */
function rowsStay(l: LowererBase, n: Node): boolean {
  let stay = true;
  walk(n, (c) => {
    if (!("kind" in c)) return;
    if (c.kind === "call") {
      const target = l.cx.checked.calls.get(c);
      const reads = target?.kind === "print" || target?.kind === "stdin" ||
        (target?.kind === "block" && (target.block.name === "len" || c.args.every((a) => SCALARS.includes(l.t(a).kind))));
      if (!reads) stay = false;
    }
    if (c.kind === "assign" && c.target.kind === "index") {
      const t = l.t(c.target.target);
      if (t.kind !== "map" && (t.kind !== "array" || !SCALARS.includes(t.elem.kind))) stay = false;
    }
    return stay;
  });
  return stay;
}

/** Loops of one function given a fast copy, at most: each copy doubles its loop's code, and
 *  Binaryen's passes grow faster than the size of a function (a function of 1,000 such loops took
 *  24 s to optimize, against 7 s unversioned; fuzz seed 1, input 91523). */
const MAX_VERSIONED_LOOPS = 16;

/** The fast copy of loop s, or undefined where no index needs it. */
export function versionOf(l: LowererBase, s: Extract<Stmt, { kind: "for" }>, counter: Counter, facts: LoopFacts): Version | undefined {
  if (!innermost(s.body) || l.versionedLoops >= MAX_VERSIONED_LOOPS) return undefined;
  const { m, b } = l;
  const assigned = assignedNames(s.body);
  const stay = rowsStay(l, s.body);
  let leaves = false;
  walk(s.body, (n) => { if ("kind" in n && (n.kind === "break" || n.kind === "return")) leaves = true; });
  const safe = new Set<Expr>();
  const rows = new Map<Expr, number>();
  const tests = new Map<string, ExpressionRef>();
  const rowOf = new Map<string, { local: number; len: number; test: ExpressionRef; read: ExpressionRef; within: ExpressionRef[] }>();
  const get = (x: number) => m.local.get(x, b.i64);
  /** x + c as an index of the loop, unless x is assigned in it or is not an int local */
  const indexOf = (e: Expr): { name: string; c: bigint; local: number } | undefined => {
    const at = offsetOf(e);
    const local = at && l.lookup(at.name);
    if (!at || !local || local.type.kind !== "int" || l.t(e).kind !== "int" || assigned.has(at.name)) return undefined;
    return { ...at, local: local.index };
  };
  /** 0 <= x + c < len on every turn */
  const inRange = (at: { name: string; c: bigint; local: number }, len: number): ExpressionRef => {
    const counts = at.name === counter.v;
    const atLeast = m.i64.ge_s(get(counts ? counter.lo : at.local), m.i64.const(-at.c));
    const below = counts ? m.i64.le_s(get(counter.hi), m.i64.sub(get(len), m.i64.const(at.c)))
      : m.i64.lt_s(get(at.local), m.i64.sub(get(len), m.i64.const(at.c)));
    return m.i32.and(atLeast, below);
  };
  walk(s.body, (n) => {
    if (!("kind" in n) || n.kind !== "index" || l.t(n.target).kind !== "array") return;
    const at = indexOf(n.index);
    if (!at) return;
    if (n.target.kind === "name") {
      const arr = n.target.name, len = facts.lengths.get(arr);
      if (len === undefined || (n.index.kind === "name" && facts.ranges.get(n.index.name)?.has(arr))) return; // proven already
      safe.add(n);
      const key = `${arr} ${at.name} ${at.c}`;
      if (!tests.has(key)) tests.set(key, inRange(at, len));
      return;
    }
    const row = n.target;
    if (!stay || row.kind !== "index" || row.target.kind !== "name" || l.t(row.target).kind !== "array") return;
    const outer = row.target.name, outerLen = facts.lengths.get(outer), r = indexOf(row.index);
    // a column (the row changes every turn): the rows' least length is found before the loop, which
    // costs a turn's worth of reads per row, so not where the loop may leave early
    const column = r?.name === counter.v;
    if (outerLen === undefined || !r || (column && (at.name === counter.v || leaves))) return;
    const key = `${outer} ${r.name} ${r.c}`;
    let hoisted = rowOf.get(key);
    if (!hoisted) {
      const outerT = l.t(row.target) as Extract<Type, { kind: "array" }>;
      const rowAt = (k: ExpressionRef) => l.cx.load(outerT.elem, l.cx.elemAddr(outerT.elem, m.local.get(l.lookup(outer)!.index, b.i32), m.i32.wrap(k)), 8);
      const lengthOf = (p: ExpressionRef) => m.i64.extend_u(m.i32.load(0, 4, p, "memory"));
      const len = l.temp({ kind: "int" });
      let local = -1, read: ExpressionRef;
      if (column) read = columnLength(l, counter, outer, r.c, rowAt, lengthOf, len);
      else {
        local = l.temp(l.t(row));
        read = m.block(null, [m.local.set(local, rowAt(m.i64.add(get(r.local), m.i64.const(r.c)))), m.local.set(len, lengthOf(m.local.get(local, b.i32)))]);
      }
      hoisted = { local, len, test: inRange(r, outerLen), read, within: [] };
      rowOf.set(key, hoisted);
    }
    if (!column) rows.set(row, hoisted.local);
    safe.add(n);
    hoisted.within.push(inRange(at, hoisted.len));
  });
  if (!safe.size) return undefined;
  // a row is read only once its index is known in range; then its own indexes are tested
  const rowTests = [...rowOf.values()].map((h) => m.if(h.test, m.block(null, [h.read, h.within.reduce((a, t) => m.i32.and(a, t))], b.i32), m.i32.const(0)));
  const guard = [...tests.values(), ...rowTests].reduce((a, t) => m.i32.and(a, t));
  l.versionedLoops++;
  return { facts: { ...facts, safe, rows }, guard };
}

type Rows = (k: ExpressionRef) => ExpressionRef;

/** Sets len to the least length of the rows of outer the loop's counter walks, before the loop;
 *  or, where its bounds are constants or variables and the rows stay the same all through an
 *  enclosing loop (rowsStay), before the outermost such loop, once for all its turns: in a matrix
 *  product, that read of a column's rows was as long as the loop it let run unchecked. There it
 *  tests the rows' indexes itself; len is -1, which no test passes, when they are out of range. */
function columnLength(l: LowererBase, counter: Counter, outer: string, c: bigint, rowAt: Rows, lengthOf: Rows, len: number): ExpressionRef {
  const { m, b } = l;
  const bounds = [counter.from, counter.to].map((e) => (e === undefined ? { value: () => m.i64.const(0n), name: [] } : invariant(l, e)));
  const frame = bounds.every(Boolean) ? hoistTarget(l, [outer, ...bounds.flatMap((x) => x!.name)]) : undefined;
  if (!frame) return leastLength(l, counter.lo, counter.hi, c, rowAt, lengthOf, len);
  const [lo, hi, rows] = [l.temp({ kind: "int" }), l.temp({ kind: "int" }), l.temp({ kind: "int" })];
  const get = (x: number) => m.local.get(x, b.i64);
  frame.once.push(m.block(null, [
    m.local.set(lo, bounds[0]!.value()),
    m.local.set(hi, bounds[1]!.value()),
    m.local.set(rows, lengthOf(m.local.get(l.lookup(outer)!.index, b.i32))),
    m.if(m.i32.and(m.i64.ge_s(get(lo), m.i64.const(-c)), m.i64.le_s(get(hi), m.i64.sub(get(rows), m.i64.const(c)))),
      leastLength(l, lo, hi, c, rowAt, lengthOf, len), m.local.set(len, m.i64.const(-1n))),
  ]));
  return m.nop();
}

/** An int constant, or an int local, as code that reads its value anywhere. */
function invariant(l: LowererBase, e: Expr): { value: () => ExpressionRef; name: string[] } | undefined {
  const { m, b } = l;
  const k = intConst(e);
  if (k !== undefined && l.t(e).kind === "int") return { value: () => m.i64.const(k), name: [] };
  const local = e.kind === "name" ? l.lookup(e.name) : undefined;
  if (e.kind !== "name" || local?.type.kind !== "int" || l.t(e).kind !== "int") return undefined;
  return { value: () => m.local.get(local.index, b.i64), name: [e.name] };
}

/** The outermost loop being lowered that assigns none of these names and can replace no row. */
function hoistTarget(l: LowererBase, names: string[]): LoopFrame | undefined {
  return l.enclosing.find((f) => {
    f.assigned ??= assignedNames(f.loop);
    f.stay ??= rowsStay(l, f.loop);
    return f.stay && !names.some((x) => f.assigned!.has(x));
  });
}

/** Sets len to the least length of rows lo + c … hi + c - 1 (locals lo and hi). */
function leastLength(l: LowererBase, lo: number, hi: number, c: bigint, rowAt: Rows, lengthOf: Rows, len: number): ExpressionRef {
  const { m, b } = l;
  const t = l.temp({ kind: "int" }), one = l.temp({ kind: "int" });
  const get = (x: number) => m.local.get(x, b.i64);
  const label = `rows${l.labels++}`;
  return m.block(null, [
    m.local.set(len, m.i64.const(2n ** 31n)), // above any array's length
    m.local.set(t, m.i64.add(get(lo), m.i64.const(c))),
    m.loop(label, m.if(m.i64.lt_s(get(t), m.i64.add(get(hi), m.i64.const(c))), m.block(null, [
      m.local.set(one, lengthOf(rowAt(get(t)))),
      m.local.set(len, m.select(m.i64.lt_u(get(one), get(len)), get(one), get(len))),
      m.local.set(t, m.i64.add(get(t), m.i64.const(1n))),
      m.br(label),
    ]))),
  ]);
}
