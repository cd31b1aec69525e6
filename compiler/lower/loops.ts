// Loops: `while`, `for` over a range (a counter, no array), an array, a string's code points or a
// map's entries. Each turn may reset the heap to a mark taken before the loop (regions.ts) — only
// when the turn's code can allocate at all; a variable the loop only grows is built in a buffer
// (accumulators.ts); indexing inside uses what the loop proves about its variables (bounds.ts).
import type { ExpressionRef } from "../binaryen.js";
import type { Expr, Stmt } from "../syntax/ast.js";
import { Type, sizeOf } from "../types.js";
import type { LoopFacts, LoopFrame, LowererBase } from "./base.js";
import { loopKeepsMemory } from "./regions.js";
import { accumulatorsOf } from "./accumulators.js";
import { loopFacts } from "./bounds.js";
import { Counter, versionOf } from "./versioning.js";
import { intConst } from "./operators.js";
import { Node, children } from "../syntax/walk.js";
import { assignedNames } from "./walk.js";

type Loop = Extract<Stmt, { kind: "while" | "for" }>;
type For = Extract<Stmt, { kind: "for" }>;

export function whileLoop(l: LowererBase, s: Extract<Stmt, { kind: "while" }>): ExpressionRef {
  return loop(l, s, (exit) => [l.m.br(exit, l.m.i32.eqz(l.expr(s.cond)))], [], []);
}

/** The loop around a body. `head` runs at the top of every turn (it leaves through `exit`), `step`
 *  at its end (where `continue` goes), `setup` once before the first turn. */
function loop(l: LowererBase, s: Loop, head: (exit: string) => ExpressionRef[], step: ExpressionRef[], setup: ExpressionRef[], range?: { v: string; args: Expr[]; counter?: Counter }, trips?: ExpressionRef): ExpressionRef {
  const { m, b } = l;
  // the outermost loop that only grows a variable builds it; the variable is set when the loop is left
  const accs = accumulatorsOf(s, l.cx.checked).filter((a) => !l.builders.has(a.name) && l.lookup(a.name));
  if (accs.length) {
    const start: ExpressionRef[] = [], finish: ExpressionRef[] = [];
    for (const a of accs) {
      const sb = l.temp({ kind: "bool" });
      const v = l.lookup(a.name)!.index;
      const size = a.type.kind === "array" ? sizeOf(a.type.elem) : 1;
      start.push(m.local.set(sb, l.callOut("rt_sb_new", [], b.i32, s)),
        a.type.kind === "str" ? l.callOut("rt_sb_str", [m.local.get(sb, b.i32), m.local.get(v, b.i32)], b.none, s)
          : l.callOut("rt_ab_push_arr", [m.local.get(sb, b.i32), m.local.get(v, b.i32), m.i32.const(size)], b.none, s));
      finish.push(l.disowned(a.name, m.local.set(v, a.type.kind === "str" ? l.callOut("rt_sb_finish", [m.local.get(sb, b.i32)], b.i32, s)
        : l.callOut("rt_ab_finish", [m.local.get(sb, b.i32), m.i32.const(size)], b.i32, s))));
      l.builders.set(a.name, { sb, type: a.type });
    }
    const inner = loop(l, s, head, step, setup, range, trips);
    for (const a of accs) l.builders.delete(a.name);
    return m.block(null, [...start, inner, ...finish]);
  }
  const { facts, before } = loopFacts(l, s, range);
  const fast = range?.counter && s.kind === "for" ? versionOf(l, s, range.counter, facts) : undefined;
  // what inner loops hoist runs after setup (which may call anything), once before the first turn
  const frame: LoopFrame = { loop: s, once: [] };
  l.enclosing.push(frame);
  const checked = turns(l, s, head, step, facts, trips);
  const unchecked = fast && turns(l, s, head, step.map((e) => m.copyExpression(e)), fast.facts, trips === undefined ? undefined : m.copyExpression(trips));
  l.enclosing.pop();
  return m.block(null, [...setup, ...frame.once, ...before, fast ? m.if(fast.guard, unchecked!, checked) : checked]);
}

/** The turns of a loop, its body lowered under the given facts. */
function turns(l: LowererBase, s: Loop, head: (exit: string) => ExpressionRef[], step: ExpressionRef[], facts: LoopFacts, trips?: ExpressionRef): ExpressionRef {
  const { m, b } = l;
  const n = l.labels++;
  const labels = { brk: `brk${n}`, cont: `cont${n}` };
  const outer = l.facts;
  l.facts = facts;
  const allocated = l.allocations;
  l.loops.push(labels);
  const top = head(labels.brk);
  const inner = l.block(s.body, undefined);
  l.loops.pop();
  l.facts = outer;
  // a turn that can allocate frees what it allocated when the next begins, unless it keeps it
  const reset = l.allocations > allocated && !loopKeepsMemory(s, l.fnBody, l.cx.checked);
  const mark = reset ? l.temp({ kind: "bool" }) : -1;
  // a turn costs a unit of fuel: all of them when the loop starts if it is known how many it will
  // take (it can leave no other way), else one at the end of each, its fault after the loop
  const ticks = l.fuel >= 0;
  const upfront = ticks && trips !== undefined && !leavesEarly(s);
  const F = () => m.local.get(l.fuel, b.i64);
  const body = m.block(labels.brk, [
    ...(upfront ? [m.if(m.i64.gt_u(trips, F()), l.faultAt("fuel", s)), m.local.set(l.fuel, m.i64.sub(F(), m.copyExpression(trips)))] : []),
    ...(reset ? [m.local.set(mark, m.call("rt_mark", [], b.i32))] : []),
    m.loop(`top${n}`, m.block(null, [
      // a buffer a string variable owns may be one the reset frees: none is owned after it (owned.ts)
      ...(reset ? [m.call("rt_reset", [m.local.get(mark, b.i32)], b.none), ...[...l.owned.names].map((v) => m.local.set(l.owner(v), m.i32.const(0)))] : []),
      ...top,
      m.block(labels.cont, [inner]),
      ...step,
      ...(ticks && !upfront ? [m.br(`fuel${n}`, m.i64.lt_s(m.local.tee(l.fuel, m.i64.sub(F(), m.i64.const(1n)), b.i64), m.i64.const(0n)))] : []),
      m.br(`top${n}`),
    ])),
  ]);
  if (!ticks || upfront) return body;
  return m.block(`past${n}`, [m.block(`fuel${n}`, [body, m.br(`past${n}`)]), l.faultAt("fuel", s)]);
}

/** Whether a loop can end before its count runs out: a `break` of its own or a `return`. */
function leavesEarly(loop: Loop): boolean {
  const early = (n: Node, nested: boolean): boolean => {
    if ("kind" in n && (n.kind === "return" || (n.kind === "break" && !nested))) return true;
    if ("kind" in n && n.kind === "lambda") return false;
    const inner = nested || ("kind" in n && n !== loop && (n.kind === "while" || n.kind === "for"));
    return children(n).some((c) => early(c, inner));
  };
  return early(loop.body, false);
}

export function forLoop(l: LowererBase, s: For): ExpressionRef {
  const { m, b } = l;
  const iterT = l.t(s.iter);
  const it = s.iter;
  const target = it.kind === "call" ? l.cx.checked.calls.get(it) : undefined;
  if (target?.kind === "block" && target.block.name === "range" && s.vars.length === 1 && it.kind === "call") return rangeLoop(l, s, it);
  if (iterT.kind === "map") return mapLoop(l, s, iterT);
  const coll = l.temp(iterT), idx = l.temp({ kind: "bool" }), n = l.temp({ kind: "bool" });
  const C = () => m.local.get(coll, b.i32), I = () => m.local.get(idx, b.i32), N = () => m.local.get(n, b.i32);
  // an any walks the [any] of its list's elements or its dict's keys
  const items = iterT.kind === "any" ? l.callOut("rt_any_items", [l.expr(it)], b.i32, it) : l.expr(it);
  const setup = [m.local.set(coll, items), m.local.set(idx, m.i32.const(0)), m.local.set(n, m.i32.load(0, 4, C(), "memory"))];
  if (iterT.kind === "str") return stringLoop(l, s, C, I, N, setup, idx);
  const elemT = iterT.kind === "any" ? iterT : (iterT as Extract<Type, { kind: "array" }>).elem;
  const elem = () => l.cx.load(elemT, l.cx.elemAddr(elemT, C(), I()), 8);
  let bind: ExpressionRef[];
  if (s.vars.length === 1) bind = [m.local.set(l.local(s.vars[0].name, elemT), elem())];
  else {
    const items = (elemT as Extract<Type, { kind: "tuple" }>).items;
    const tup = l.temp(elemT);
    bind = [m.local.set(tup, elem()), ...s.vars.map((v, k) => m.local.set(l.local(v.name, items[k]), l.cx.load(items[k], m.local.get(tup, b.i32), 8 * k)))];
  }
  return loop(l, s, (exit) => [m.br(exit, m.i32.ge_u(I(), N())), ...bind], [m.local.set(idx, m.i32.add(I(), m.i32.const(1)))], setup, undefined, m.i64.extend_u(N()));
}

type Get = () => ExpressionRef;

/** `for c in s` walks code points: c is the substring from this lead byte to the next one. Only a
 *  lead byte followed by a continuation byte enters the loop that finds the next one (a loop
 *  entered a turn costs V8 a stack check). Where the body does not assign c, the local
 *  l.charCodes names holds its byte when it is one ASCII byte, else -1, so that `c == " "`
 *  compares a number (operators.ts). */
function stringLoop(l: LowererBase, s: For, C: Get, I: Get, N: Get, setup: ExpressionRef[], idx: number): ExpressionRef {
  const { m, b } = l;
  const name = s.vars[0].name;
  const v = l.local(name, { kind: "str" });
  const nxt = l.temp({ kind: "bool" }), code = l.temp({ kind: "bool" });
  const NXT = () => m.local.get(nxt, b.i32);
  const cp = `cp${l.labels++}`; // labels are unique in a function: two loops over strings
  const continues = () => m.i32.eq(m.i32.and(m.i32.load8_u(8, 1, m.i32.add(C(), NXT()), "memory"), m.i32.const(0xc0)), m.i32.const(0x80));
  // the lead byte is read once, into code; a character of more than one byte (or an ASCII byte
  // that continuation bytes follow, which is no UTF-8) has code 255, which is no ASCII byte
  const head = (exit: string) => [
    m.br(exit, m.i32.ge_u(I(), N())),
    m.local.set(code, m.i32.load8_u(8, 1, m.i32.add(C(), I()), "memory")),
    m.local.set(nxt, m.i32.add(I(), m.i32.const(1))),
    m.if(m.if(m.i32.lt_u(NXT(), N()), continues(), m.i32.const(0)), m.block(null, [m.local.set(code, m.i32.const(0xff)), m.block(cp, [m.loop(`${cp}next`, m.block(null, [
      m.local.set(nxt, m.i32.add(NXT(), m.i32.const(1))),
      m.br(cp, m.i32.ge_u(NXT(), N())),
      m.br(`${cp}next`, continues()),
    ]))])])),
    m.local.set(v, character(l, C(), I(), NXT(), code, s)),
  ];
  const table = l.cx.charTable();
  const coded = table !== undefined && !assignedNames(s.body).has(name);
  if (coded) l.charCodes.set(name, code);
  const body = loop(l, s, head, [m.local.set(idx, NXT())], table === undefined ? setup : [...setup, fillTable(l, table)]);
  l.charCodes.delete(name);
  return body;
}

/** The code point at bytes i..nxt of string s as a string: an ASCII one (`code`, its lead byte,
 *  below 0x80) is its entry in the module's table of one-character strings (fillTable); any other
 *  allocates its copy, and sets code to -1. */
function character(l: LowererBase, s: ExpressionRef, i: ExpressionRef, nxt: ExpressionRef, code: number, at: For): ExpressionRef {
  const { m, b } = l;
  const table = l.cx.charTable();
  const sub = () => m.block(null, [m.local.set(code, m.i32.const(-1)),
    l.callOut("rt_str_sub", [m.copyExpression(s), m.copyExpression(i), m.copyExpression(nxt)], b.i32, at)], b.i32);
  if (table === undefined) return sub();
  const c = () => m.local.get(code, b.i32);
  return m.if(m.i32.lt_u(c(), m.i32.const(0x80)), m.i32.add(m.i32.const(table), m.i32.shl(c(), m.i32.const(4))), sub());
}

/** Before a loop over a string's characters: the table of one-character strings filled, unless
 *  it is already (its last entry is: it is filled in order, once in the module's life). A turn
 *  then hands out an entry without testing it. */
function fillTable(l: LowererBase, table: number): ExpressionRef {
  const { m, b } = l;
  const k = l.temp({ kind: "bool" }), label = `chars${l.labels++}`;
  const at = () => m.i32.add(m.i32.const(table), m.i32.shl(m.local.get(k, b.i32), m.i32.const(4)));
  return m.if(m.i32.eqz(m.i32.load(0, 4, m.i32.const(table + 127 * 16), "memory")), m.block(null, [
    m.local.set(k, m.i32.const(0)),
    m.loop(label, m.block(null, [
      m.i32.store(0, 4, at(), m.i32.const(1), "memory"),
      m.i32.store8(8, 1, at(), m.local.get(k, b.i32), "memory"),
      m.local.set(k, m.i32.add(m.local.get(k, b.i32), m.i32.const(1))),
      m.br(label, m.i32.lt_u(m.local.get(k, b.i32), m.i32.const(128))),
    ])),
  ]));
}

/** `for i in range(…)`: a counter, copied into i at the top of each turn, so assigning i in the
 *  body does not change the turns (as in Python). A constant step needs no test of its sign. */
function rangeLoop(l: LowererBase, s: For, it: Extract<Expr, { kind: "call" }>): ExpressionRef {
  const { m, b } = l;
  const I64: Type = { kind: "int" };
  const v = l.local(s.vars[0].name, I64), ctr = l.temp(I64), end = l.temp(I64);
  const get = (x: number) => m.local.get(x, b.i64);
  const [lo, hi, st] = it.args.length === 1 ? [undefined, it.args[0], undefined] : it.args;
  const setup = [m.local.set(ctr, lo ? l.expr(lo) : m.i64.const(0n)), m.local.set(end, l.expr(hi))];
  const k = st ? intConst(st) : 1n;
  let stepBy: ExpressionRef, done: () => ExpressionRef, trips: ExpressionRef | undefined;
  if (k !== undefined && k !== 0n) {
    stepBy = m.i64.const(k);
    done = () => (k > 0n ? m.i64.ge_s(get(ctr), get(end)) : m.i64.le_s(get(ctr), get(end)));
    // the number of turns, from the distance as an unsigned number (it needs 64 bits)
    const [from, to] = k > 0n ? [ctr, end] : [end, ctr];
    const step = k > 0n ? k : -k;
    const distance = m.i64.sub(get(to), get(from));
    const count = step === 1n ? distance : m.i64.add(m.i64.div_u(m.i64.sub(distance, m.i64.const(1n)), m.i64.const(step)), m.i64.const(1n));
    trips = m.select(m.i64.gt_s(get(to), get(from)), count, m.i64.const(0n));
  } else {
    const stepL = l.temp(I64);
    setup.push(m.local.set(stepL, l.expr(st!)), m.if(m.i64.eqz(get(stepL)), l.faultAt("argument", it)));
    stepBy = get(stepL);
    done = () => m.if(m.i64.gt_s(get(stepL), m.i64.const(0n)), m.i64.ge_s(get(ctr), get(end)), m.i64.le_s(get(ctr), get(end)));
  }
  // a function, as every copy of the loop (versioning.ts) needs expressions of its own
  const head = (exit: string) => [m.br(exit, done()), m.local.set(v, get(ctr))];
  const counter = k !== undefined && k > 0n ? { v: s.vars[0].name, lo: ctr, hi: end, from: lo, to: hi } : undefined;
  return loop(l, s, head, [m.local.set(ctr, m.i64.add(get(ctr), stepBy))], setup, { v: s.vars[0].name, args: it.args, counter }, trips);
}

/** `for k in m` walks the keys in insertion order; `for k, v in m` the entries. */
function mapLoop(l: LowererBase, s: For, t: Extract<Type, { kind: "map" }>): ExpressionRef {
  const { m, b } = l;
  const map = l.temp(t), idx = l.temp({ kind: "bool" }), n = l.temp({ kind: "bool" });
  const M = () => m.local.get(map, b.i32), I = () => m.local.get(idx, b.i32);
  // entries are read through the map on every turn: the body may have grown it
  const entry = () => m.i32.add(m.i32.load(8, 4, M(), "memory"), m.i32.shl(I(), m.i32.const(4)));
  const setup = [m.local.set(map, l.expr(s.iter)), m.local.set(idx, m.i32.const(0)), m.local.set(n, m.i32.load(0, 4, M(), "memory"))];
  const bind = [m.local.set(l.local(s.vars[0].name, t.key), l.cx.load(t.key, entry(), 0))];
  if (s.vars.length === 2) bind.push(m.local.set(l.local(s.vars[1].name, t.value), l.cx.load(t.value, entry(), 8)));
  return loop(l, s, (exit) => [m.br(exit, m.i32.ge_u(I(), m.local.get(n, b.i32))), ...bind], [m.local.set(idx, m.i32.add(I(), m.i32.const(1)))], setup, undefined, m.i64.extend_u(m.local.get(n, b.i32)));
}
