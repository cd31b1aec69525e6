// Lowering one function (or lambda) body to Binaryen IR: locals, control flow, operators, calls.
import type { ExpressionRef } from "../binaryen.js";
import type { Block, Expr, Stmt } from "../syntax/ast.js";
import { Type, isHeap, sizeOf } from "../types.js";
import { packLoc } from "../faults.js";
import type { ProgramContext } from "./context.js";
import { toType } from "../check/unify.js";
import { loopKeepsMemory } from "./regions.js";
import { accumulatorsOf, growth } from "./accumulators.js";
import { liftValue } from "./lift.js";

interface Loop { brk: string; cont: string }

export class FnLowerer {
  readonly localTypes: number[] = [];
  private locals = new Map<string, { index: number; type: Type }>();
  private loops: Loop[] = [];
  private labels = 0;
  /** Accumulator variables of the loops being lowered, and the builder each grows (accumulators.ts). */
  private builders = new Map<string, { sb: number; type: Type }>();
  constructor(private cx: ProgramContext, params: { name: string; type: Type }[], private fnBody: Block | Expr) {
    params.forEach((p, i) => this.locals.set(p.name, { index: i, type: p.type }));
    this.nparams = params.length;
  }
  private nparams: number;

  local(name: string, type: Type): number {
    const l = this.locals.get(name);
    if (l) return l.index;
    const index = this.nparams + this.localTypes.length;
    this.localTypes.push(this.cx.wasm(type) === this.cx.b.none ? this.cx.b.i32 : this.cx.wasm(type));
    this.locals.set(name, { index, type });
    return index;
  }

  temp(type: Type): number {
    return this.local(`$t${this.nparams + this.localTypes.length}`, type);
  }

  localNames(): [number, string][] {
    return [...this.locals].filter(([n]) => !n.startsWith("$")).map(([n, l]) => [l.index, n]);
  }

  private get m() { return this.cx.m; }
  private get b() { return this.cx.b; }
  private t(e: Expr): Type { return this.cx.typeOf(e); }

  private setLoc(e: { span: { start: number } }): ExpressionRef {
    // a template's faults are reported where its caller called the block
    if (this.cx.template) return this.m.nop();
    const p = this.cx.lines.pos(e.span.start);
    return this.m.global.set("rt_loc", this.m.i32.const(packLoc(p.line, p.col)));
  }

  /** A block whose last expression (if wanted) is its value. */
  block(b: Block, want: Type | undefined): ExpressionRef {
    const { m } = this;
    const parts = b.stmts.map((s, i) => {
      const last = i === b.stmts.length - 1;
      if (last && want && want.kind !== "unit" && s.kind === "expr") return this.expr(s.expr);
      return this.stmt(s);
    });
    if (!parts.length) return m.nop();
    return parts.length === 1 ? parts[0] : m.block(null, parts, want && want.kind !== "unit" && b.stmts[b.stmts.length - 1]?.kind === "expr" ? this.cx.wasm(want) : this.b.none);
  }

  stmt(s: Stmt): ExpressionRef {
    const { m, b } = this;
    switch (s.kind) {
      case "expr": {
        const v = this.expr(s.expr);
        return this.t(s.expr).kind === "unit" || s.expr.kind === "if" ? v : m.drop(v);
      }
      case "assign": return this.assign(s);
      case "return": {
        if (!s.value || this.t(s.value).kind === "unit") return s.value ? m.block(null, [this.expr(s.value), m.return()]) : m.return();
        return m.return(this.expr(s.value));
      }
      case "break": return m.br(this.loops[this.loops.length - 1].brk);
      case "continue": return m.br(this.loops[this.loops.length - 1].cont);
      case "while": return this.loop(s, (exit) => [m.br(exit, m.i32.eqz(this.expr(s.cond)))], s.body, []);
      case "for": return this.forLoop(s);
    }
    void b;
  }

  private assign(s: Extract<Stmt, { kind: "assign" }>): ExpressionRef {
    const { m } = this;
    const builder = s.target.kind === "name" ? this.builders.get(s.target.name) : undefined;
    const grow = builder && growth(s);
    if (builder && grow) {
      const sb = m.local.get(builder.sb, this.b.i32);
      if (grow.kind === "concat" && builder.type.kind === "str") return m.call("rt_sb_str", [sb, this.expr(grow.part)], this.b.none);
      const elemT = (builder.type as Extract<Type, { kind: "array" }>).elem;
      if (grow.kind === "concat") return m.call("rt_ab_push_arr", [sb, this.expr(grow.part), m.i32.const(sizeOf(elemT))], this.b.none);
      return this.cx.store(elemT, m.call("rt_sb_reserve", [sb, m.i32.const(sizeOf(elemT))], this.b.i32), 0, this.expr(grow.item));
    }
    const value = s.op === "=" ? this.expr(s.value) : this.binary({ kind: "binary", op: s.op.slice(0, -1) as "+", left: s.target, right: s.value, opSpan: s.span, span: s.span }, this.t(s.target));
    if (s.target.kind === "name") return m.local.set(this.local(s.target.name, this.t(s.target)), value);
    const containerT = s.target.kind === "index" ? this.t(s.target.target) : undefined;
    if (s.target.kind === "index" && containerT?.kind === "map") {
      // the value first: `m[k] += 1` reads m[k] (and faults if k is missing) before k is added
      const v = this.temp(containerT.value), map = this.temp(containerT);
      return m.block(null, [
        m.local.set(v, value),
        m.local.set(map, this.expr(s.target.target)),
        this.cx.store(containerT.value, this.mapCall("rt_map_put", containerT, m.local.get(map, this.b.i32), this.expr(s.target.index)), 0, m.local.get(v, this.cx.wasm(containerT.value))),
      ]);
    }
    if (s.target.kind === "index") {
      const arrT = this.t(s.target.target) as Extract<Type, { kind: "array" }>;
      const arr = this.temp(arrT);
      // `xs[i] = v` computes v first, as Python does (its faults come before the index's);
      // `xs[i] += v` reads xs[i] first
      const v = s.op === "=" ? this.temp(arrT.elem) : undefined;
      return m.block(null, [
        ...(v !== undefined ? [m.local.set(v, value)] : []),
        m.local.set(arr, this.expr(s.target.target)),
        this.setLoc(s.target),
        this.cx.store(arrT.elem, this.cx.elemAddr(arrT.elem, m.local.get(arr, this.b.i32), m.call("rt_index", [m.i32.load(0, 4, m.local.get(arr, this.b.i32), "memory"), this.expr(s.target.index)], this.b.i32)), 8,
          v !== undefined ? m.local.get(v, this.cx.wasm(arrT.elem)) : value),
      ]);
    }
    return m.unreachable();
  }

  /** Loops reset the heap to where it stood before the loop at every turn, unless a value made
   *  in one turn can outlive it (see regions.ts). */
  private loop(s: Stmt, head: (exit: string) => ExpressionRef[], body: Block, step: ExpressionRef[], setup: ExpressionRef[] = []): ExpressionRef {
    const { m, b } = this;
    // the outermost loop that only grows a variable builds it; the variable is set when the loop is left
    const accs = accumulatorsOf(s, this.cx.checked).filter((a) => !this.builders.has(a.name) && this.locals.has(a.name));
    if (accs.length) {
      const start: ExpressionRef[] = [], finish: ExpressionRef[] = [];
      for (const a of accs) {
        const sb = this.temp({ kind: "bool" });
        const v = this.locals.get(a.name)!.index;
        const size = a.type.kind === "array" ? sizeOf(a.type.elem) : 1;
        start.push(m.local.set(sb, m.call("rt_sb_new", [], b.i32)),
          a.type.kind === "str" ? m.call("rt_sb_str", [m.local.get(sb, b.i32), m.local.get(v, b.i32)], b.none)
            : m.call("rt_ab_push_arr", [m.local.get(sb, b.i32), m.local.get(v, b.i32), m.i32.const(size)], b.none));
        finish.push(m.local.set(v, a.type.kind === "str" ? m.call("rt_sb_finish", [m.local.get(sb, b.i32)], b.i32) : m.call("rt_ab_finish", [m.local.get(sb, b.i32), m.i32.const(size)], b.i32)));
        this.builders.set(a.name, { sb, type: a.type });
      }
      const inner = this.loop(s, head, body, step, setup);
      for (const a of accs) this.builders.delete(a.name);
      return m.block(null, [...start, inner, ...finish]);
    }
    const n = this.labels++;
    const lp: Loop = { brk: `brk${n}`, cont: `cont${n}` };
    const reset = !loopKeepsMemory(s, this.fnBody, this.cx.checked);
    const markLocal = reset ? this.temp({ kind: "bool" }) : -1;
    this.loops.push(lp);
    const inner = this.block(body, undefined);
    this.loops.pop();
    const resetTo = () => m.call("rt_reset", [m.local.get(markLocal, b.i32)], b.none);
    return m.block(lp.brk, [
      ...setup,
      ...(reset ? [m.local.set(markLocal, m.call("rt_mark", [], b.i32))] : []),
      m.loop(`top${n}`, m.block(null, [
        ...(reset ? [resetTo()] : []),
        ...head(lp.brk),
        m.block(lp.cont, [inner]),
        ...step,
        m.br(`top${n}`),
      ])),
    ]);
  }

  private forLoop(s: Extract<Stmt, { kind: "for" }>): ExpressionRef {
    const { m, b } = this;
    const iterT = this.t(s.iter);
    const it = s.iter;
    const target = it.kind === "call" ? this.cx.checked.calls.get(it) : undefined;
    // for i in range(...): a counting loop, no array
    if (target?.kind === "block" && target.block.name === "range" && s.vars.length === 1 && it.kind === "call") {
      const I64 = { kind: "int" } as Type;
      // the loop counts in a local of its own: the body may assign the loop variable (as in Python,
      // that does not change which turn comes next)
      const v = this.local(s.vars[0].name, I64), i = this.temp(I64), end = this.temp(I64), stepL = this.temp(I64);
      const args = it.args.map((a) => this.expr(a));
      const [lo, hi, st] = args.length === 1 ? [m.i64.const(0n), args[0], m.i64.const(1n)] : args.length === 2 ? [args[0], args[1], m.i64.const(1n)] : args;
      const get = (l: number) => m.local.get(l, b.i64);
      const setup = [m.local.set(i, lo), m.local.set(end, hi), m.local.set(stepL, st), this.setLoc(it),
        m.if(m.i64.eqz(get(stepL)), m.call("rt_fault", [m.i32.const(4)], b.none))];
      const done = m.if(m.i64.gt_s(get(stepL), m.i64.const(0n)), m.i64.ge_s(get(i), get(end)), m.i64.le_s(get(i), get(end)));
      return this.loop(s, (exit) => [m.br(exit, done), m.local.set(v, get(i))], s.body, [m.local.set(i, m.i64.add(get(i), get(stepL)))], setup);
    }
    if (iterT.kind === "map") return this.mapLoop(s, iterT);
    const coll = this.temp(iterT), idx = this.temp({ kind: "bool" }), n = this.temp({ kind: "bool" });
    const C = () => m.local.get(coll, b.i32), I = () => m.local.get(idx, b.i32), N = () => m.local.get(n, b.i32);
    // an any walks the [any] of its list's elements or its dict's keys
    const items = iterT.kind === "any" ? m.block(null, [this.setLoc(it), m.call("rt_any_items", [this.expr(it)], b.i32)], b.i32) : this.expr(it);
    const setup = [m.local.set(coll, items), m.local.set(idx, m.i32.const(0)), m.local.set(n, m.i32.load(0, 4, C(), "memory"))];
    if (iterT.kind === "str") {
      // walk code points: x is the substring from this lead byte to the next one
      const v = this.local(s.vars[0].name, { kind: "str" });
      const nxt = this.temp({ kind: "bool" });
      const cp = `cp${this.labels++}`; // labels are unique in a function: two loops over strings
      const head = (exit: string) => [
        m.br(exit, m.i32.ge_u(I(), N())),
        m.local.set(nxt, m.i32.add(I(), m.i32.const(1))),
        m.block(cp, [m.loop(`${cp}next`, m.block(null, [
          m.br(cp, m.i32.ge_u(m.local.get(nxt, b.i32), N())),
          m.br(cp, m.i32.ne(m.i32.and(m.i32.load8_u(8, 1, m.i32.add(C(), m.local.get(nxt, b.i32)), "memory"), m.i32.const(0xc0)), m.i32.const(0x80))),
          m.local.set(nxt, m.i32.add(m.local.get(nxt, b.i32), m.i32.const(1))),
          m.br(`${cp}next`),
        ]))]),
        m.local.set(v, m.call("rt_str_sub", [C(), I(), m.local.get(nxt, b.i32)], b.i32)),
      ];
      return this.loop(s, head, s.body, [m.local.set(idx, m.local.get(nxt, b.i32))], setup);
    }
    const elemT = iterT.kind === "any" ? iterT : (iterT as Extract<Type, { kind: "array" }>).elem;
    const elem = () => this.cx.load(elemT, this.cx.elemAddr(elemT, C(), I()), 8);
    let bind: ExpressionRef[];
    if (s.vars.length === 1) bind = [m.local.set(this.local(s.vars[0].name, elemT), elem())];
    else {
      const items = (elemT as Extract<Type, { kind: "tuple" }>).items;
      const tup = this.temp(elemT);
      bind = [m.local.set(tup, elem()), ...s.vars.map((v, k) => m.local.set(this.local(v.name, items[k]), this.cx.load(items[k], m.local.get(tup, b.i32), 8 * k)))];
    }
    return this.loop(s, (exit) => [m.br(exit, m.i32.ge_u(I(), N())), ...bind], s.body, [m.local.set(idx, m.i32.add(I(), m.i32.const(1)))], setup);
  }

  /** rt_map_get/put/find with the key as the runtime takes it: kind 0 and an i64, or kind 1 and a str pointer widened. */
  mapCall(fn: "rt_map_get" | "rt_map_put" | "rt_map_find", t: Extract<Type, { kind: "map" }>, map: ExpressionRef, key: ExpressionRef): ExpressionRef {
    const { m, b } = this;
    const str = t.key.kind === "str";
    return m.call(fn, [map, m.i32.const(str ? 1 : 0), str ? m.i64.extend_u(key) : key], b.i32);
  }

  /** `for k in m` walks the keys in insertion order; `for k, v in m` the entries. */
  private mapLoop(s: Extract<Stmt, { kind: "for" }>, t: Extract<Type, { kind: "map" }>): ExpressionRef {
    const { m, b } = this;
    const map = this.temp(t), idx = this.temp({ kind: "bool" }), n = this.temp({ kind: "bool" });
    const M = () => m.local.get(map, b.i32), I = () => m.local.get(idx, b.i32);
    // entries are read through the map on every turn: the body may have grown it
    const entry = () => m.i32.add(m.i32.load(8, 4, M(), "memory"), m.i32.shl(I(), m.i32.const(4)));
    const setup = [m.local.set(map, this.expr(s.iter)), m.local.set(idx, m.i32.const(0)), m.local.set(n, m.i32.load(0, 4, M(), "memory"))];
    const bind = [m.local.set(this.local(s.vars[0].name, t.key), this.cx.load(t.key, entry(), 0))];
    if (s.vars.length === 2) bind.push(m.local.set(this.local(s.vars[1].name, t.value), this.cx.load(t.value, entry(), 8)));
    return this.loop(s, (exit) => [m.br(exit, m.i32.ge_u(I(), m.local.get(n, b.i32))), ...bind], s.body, [m.local.set(idx, m.i32.add(I(), m.i32.const(1)))], setup);
  }

  /** An expression's value; lifted where the checker lifted a plain value into an optional or an any. */
  expr(e: Expr): ExpressionRef {
    const v = this.value(e);
    const to = this.cx.checked.wraps.get(e);
    return to ? liftValue(this.cx, this.t(e), toType(to), v) : v;
  }

  private value(e: Expr): ExpressionRef {
    const { m, b } = this;
    const t = this.t(e);
    switch (e.kind) {
      case "int": return t.kind === "float" ? m.f64.const(Number(e.value)) : m.i64.const(BigInt.asIntN(64, e.value));
      case "float": return m.f64.const(e.value);
      case "bool": return m.i32.const(e.value ? 1 : 0);
      case "null": return m.i32.const(0);
      case "str": return this.cx.stringPtr(e.value);
      case "placeholder": {
        const l = this.locals.get(e.n ? `_${e.n}` : "_");
        return l ? m.local.get(l.index, this.cx.wasm(l.type)) : m.unreachable();
      }
      case "name": {
        const call = this.cx.checked.calls.get(e);
        if (call) {
          // a bare block name is a call without arguments (`pi`): it has the name's type
          const synth: Extract<Expr, { kind: "call" }> = { kind: "call", callee: e.name, calleeSpan: e.span, args: [], method: false, span: e.span };
          const t = this.cx.checked.types.get(e);
          if (t) this.cx.checked.types.set(synth, t);
          return this.call(synth, call);
        }
        const l = this.locals.get(e.name);
        if (!l) return this.zero(t);
        return m.local.get(l.index, this.cx.wasm(l.type));
      }
      case "array": {
        const elemT = (t as Extract<Type, { kind: "array" }>).elem;
        const tmp = this.temp(t);
        return m.block(null, [
          m.local.set(tmp, m.call("rt_arr_alloc", [m.i32.const(e.items.length), m.i32.const(sizeOf(elemT))], b.i32)),
          ...e.items.map((it, k) => this.cx.store(elemT, m.local.get(tmp, b.i32), 8 + k * sizeOf(elemT), this.expr(it))),
          m.local.get(tmp, b.i32),
        ], b.i32);
      }
      case "tuple": {
        const items = (t as Extract<Type, { kind: "tuple" }>).items;
        const tmp = this.temp(t);
        return m.block(null, [
          m.local.set(tmp, m.call("rt_alloc", [m.i32.const(8 * items.length)], b.i32)),
          ...e.items.map((it, k) => this.cx.store(items[k], m.local.get(tmp, b.i32), 8 * k, this.expr(it))),
          m.local.get(tmp, b.i32),
        ], b.i32);
      }
      case "field": return this.cx.load(t, this.expr(e.target), 8 * e.index);
      case "map": {
        const mt = t as Extract<Type, { kind: "map" }>;
        const tmp = this.temp(mt);
        return m.block(null, [
          m.local.set(tmp, m.call("rt_map_new", [], b.i32)),
          ...e.entries.map((en) => this.cx.store(mt.value, this.mapCall("rt_map_put", mt, m.local.get(tmp, b.i32), this.expr(en.key)), 0, this.expr(en.value))),
          m.local.get(tmp, b.i32),
        ], b.i32);
      }
      case "index": {
        const tt = this.t(e.target);
        if (tt.kind === "map") return m.block(null, [this.setLoc(e), this.cx.load(tt.value, this.mapCall("rt_map_get", tt, this.expr(e.target), this.expr(e.index)), 0)], this.cx.wasm(tt.value));
        if (tt.kind === "str") return m.block(null, [this.setLoc(e), m.call("rt_str_at", [this.expr(e.target), this.expr(e.index)], b.i32)], b.i32);
        if (tt.kind === "any") {
          const byKey = this.t(e.index).kind === "str";
          return m.block(null, [this.setLoc(e), m.call(byKey ? "rt_any_get" : "rt_any_at", [this.expr(e.target), this.expr(e.index)], b.i32)], b.i32);
        }
        const elemT = (tt as Extract<Type, { kind: "array" }>).elem;
        const arr = this.temp(tt);
        return m.block(null, [
          m.local.set(arr, this.expr(e.target)),
          this.setLoc(e),
          this.cx.load(elemT, this.cx.elemAddr(elemT, m.local.get(arr, b.i32), m.call("rt_index", [m.i32.load(0, 4, m.local.get(arr, b.i32), "memory"), this.expr(e.index)], b.i32)), 8),
        ], this.cx.wasm(elemT));
      }
      case "slice": {
        const tt = this.t(e.target);
        const lo = e.lo ? this.expr(e.lo) : m.i64.const(0n);
        const hi = e.hi ? this.expr(e.hi) : m.i64.const(2n ** 62n);
        if (tt.kind === "str") return m.call("rt_str_slice", [this.expr(e.target), lo, hi], b.i32);
        return m.call("rt_arr_slice", [this.expr(e.target), lo, hi, m.i32.const(sizeOf((tt as Extract<Type, { kind: "array" }>).elem))], b.i32);
      }
      case "unary": {
        const v = this.expr(e.operand);
        if (e.op === "not") return m.i32.eqz(v);
        if (e.op === "~") return m.i64.xor(v, m.i64.const(-1n));
        return t.kind === "float" ? m.f64.neg(v) : m.i64.sub(m.i64.const(0n), v);
      }
      case "binary": return this.binary(e, this.t(e.left));
      case "if": {
        const value = t.kind !== "unit";
        const cond = this.expr(e.cond);
        const a = this.block(e.then, value ? t : undefined);
        const c = e.else ? this.block(e.else, value ? t : undefined) : undefined;
        return m.if(cond, a, c);
      }
      case "lambda": return this.closure(e);
      case "call": {
        const target = this.cx.checked.calls.get(e);
        if (!target) return m.unreachable();
        return this.call(e, target);
      }
      default: return m.unreachable();
    }
  }

  private zero(t: Type): ExpressionRef {
    const { m } = this;
    return t.kind === "int" ? m.i64.const(0n) : t.kind === "float" ? m.f64.const(0) : t.kind === "unit" ? m.nop() : m.i32.const(0);
  }

  binary(e: Extract<Expr, { kind: "binary" }>, opT: Type): ExpressionRef {
    const { m, b } = this;
    if (e.op === "and") return m.if(this.expr(e.left), this.expr(e.right), m.i32.const(0));
    if (e.op === "or") return m.if(this.expr(e.left), m.i32.const(1), this.expr(e.right));
    if (e.op === "??") {
      const ot = opT as Extract<Type, { kind: "opt" }>;
      const p = this.temp(ot);
      return m.if(m.i32.eqz(m.local.tee(p, this.expr(e.left), b.i32)), this.expr(e.right), this.cx.load(ot.elem, m.local.get(p, b.i32), 0));
    }
    if ((e.op === "in" || e.op === "not in") && this.t(e.right).kind === "map") {
      const found = m.i32.ge_s(this.mapCall("rt_map_find", this.t(e.right) as Extract<Type, { kind: "map" }>, this.expr(e.right), this.expr(e.left)), m.i32.const(0));
      return e.op === "in" ? found : m.i32.eqz(found);
    }
    if (e.op === "in" || e.op === "not in") {
      const target = this.cx.checked.calls.get(e);
      if (target?.kind !== "block" || !target.instance) return m.unreachable();
      this.cx.roots.add(target.instance.fn);
      const test = m.block(null, [this.setLoc(e), m.call(target.instance.fn, [this.expr(e.right), this.expr(e.left)], b.i32)], b.i32);
      return e.op === "in" ? test : m.i32.eqz(test);
    }
    const l = this.expr(e.left), r = this.expr(e.right);
    const isF = opT.kind === "float";
    // a plain value beside an any was lifted into one (check/operators.ts): they compare as anys
    const eqT: Type = this.t(e.right).kind === "any" ? this.t(e.right) : opT;
    switch (e.op) {
      case "==": return this.cx.eqValues(eqT, l, r);
      case "!=": return m.i32.eqz(this.cx.eqValues(eqT, l, r));
      case "<": case "<=": case ">": case ">=": {
        if (opT.kind === "str") {
          const c = m.call("rt_str_cmp", [l, r], b.i32), z = m.i32.const(0);
          return e.op === "<" ? m.i32.lt_s(c, z) : e.op === "<=" ? m.i32.le_s(c, z) : e.op === ">" ? m.i32.gt_s(c, z) : m.i32.ge_s(c, z);
        }
        if (isF) return e.op === "<" ? m.f64.lt(l, r) : e.op === "<=" ? m.f64.le(l, r) : e.op === ">" ? m.f64.gt(l, r) : m.f64.ge(l, r);
        if (opT.kind === "bool") return e.op === "<" ? m.i32.lt_u(l, r) : e.op === "<=" ? m.i32.le_u(l, r) : e.op === ">" ? m.i32.gt_u(l, r) : m.i32.ge_u(l, r);
        return e.op === "<" ? m.i64.lt_s(l, r) : e.op === "<=" ? m.i64.le_s(l, r) : e.op === ">" ? m.i64.gt_s(l, r) : m.i64.ge_s(l, r);
      }
      case "+": {
        if (opT.kind === "str") return m.call("rt_str_concat", [l, r], b.i32);
        // the sum's own type: a side may have been lifted into a list of anys
        const joined = this.t(e).kind === "array" ? this.t(e) : opT;
        if (joined.kind === "array") return m.call("rt_arr_concat", [l, r, m.i32.const(sizeOf(joined.elem))], b.i32);
        return isF ? m.f64.add(l, r) : m.i64.add(l, r);
      }
      case "-": return isF ? m.f64.sub(l, r) : m.i64.sub(l, r);
      case "*": return isF ? m.f64.mul(l, r) : m.i64.mul(l, r);
      case "/": {
        const f = (x: ExpressionRef, side: Expr) => (this.t(side).kind === "float" ? x : m.f64.convert_s.i64(x));
        return m.f64.div(f(l, e.left), f(r, e.right));
      }
      case "//": return m.block(null, [this.setLoc(e), isF ? m.call("rt_floordiv_f", [l, r], b.f64) : m.call("rt_floordiv", [l, r], b.i64)], isF ? b.f64 : b.i64);
      case "%": return m.block(null, [this.setLoc(e), isF ? m.call("rt_floormod_f", [l, r], b.f64) : m.call("rt_floormod", [l, r], b.i64)], isF ? b.f64 : b.i64);
      case "&": return m.i64.and(l, r);
      case "|": return m.i64.or(l, r);
      case "^": return m.i64.xor(l, r);
      case "<<": return m.block(null, [this.setLoc(e), m.call("rt_shl", [l, r], b.i64)], b.i64);
      case ">>": return m.block(null, [this.setLoc(e), m.call("rt_shr", [l, r], b.i64)], b.i64);
      case "**": {
        const call = this.cx.checked.calls.get(e);
        if (call?.kind === "block" && call.instance) { this.cx.roots.add(call.instance.fn); return m.call(call.instance.fn, [l, r], b.f64); }
        return m.block(null, [this.setLoc(e), m.call("rt_ipow", [l, r], b.i64)], b.i64);
      }
    }
    return m.unreachable();
  }

  private closure(e: Extract<Expr, { kind: "lambda" }>): ExpressionRef {
    const { m, b } = this;
    const info = this.cx.checked.lambdas.get(e)!;
    const fname = this.cx.lambda(e);
    const index = this.cx.lambdaNames.indexOf(fname);
    const tmp = this.temp({ kind: "bool" });
    const caps = info.captures.map((c) => {
      const l = this.locals.get(c)!;
      return { l, type: l.type };
    });
    return m.block(null, [
      m.local.set(tmp, m.call("rt_alloc", [m.i32.const(8 + 8 * caps.length)], b.i32)),
      m.i32.store(0, 4, m.local.get(tmp, b.i32), this.cx.tableIndex(index), "memory"),
      ...caps.map((c, k) => this.cx.store(c.type, m.local.get(tmp, b.i32), 8 + 8 * k, m.local.get(c.l.index, this.cx.wasm(c.type)))),
      m.local.get(tmp, b.i32),
    ], b.i32);
  }

  private call(e: Extract<Expr, { kind: "call" }>, target: NonNullable<ReturnType<ProgramContext["checked"]["calls"]["get"]>>): ExpressionRef {
    const { m, b } = this;
    const rt = this.cx.wasm(this.t(e).kind === "unit" && target.kind !== "print" ? { kind: "unit" } : this.t(e));
    switch (target.kind) {
      case "print": {
        const sb = this.temp({ kind: "bool" });
        const SB = () => m.local.get(sb, b.i32);
        const parts: ExpressionRef[] = [m.local.set(sb, m.call("rt_sb_new", [], b.i32))];
        e.args.forEach((a, k) => {
          if (k) parts.push(m.call("rt_sb_byte", [SB(), m.i32.const(32)], b.none));
          parts.push(this.cx.show(this.t(a), SB(), this.expr(a), false));
        });
        parts.push(m.call("rt_sb_print", [SB()], b.none));
        return m.block(null, parts);
      }
      case "fn": {
        // the call site is where a stack overflow is reported (the host reads rt_loc)
        const rt = this.cx.wasm(toType(this.cx.checked.fns.get(target.name)!.result));
        return m.block(null, [this.setLoc(e), m.call(this.cx.fnName(target.name), e.args.map((a) => this.expr(a)), rt)], rt);
      }
      case "closure": {
        const l = this.locals.get(target.name)!;
        const ft = l.type as Extract<Type, { kind: "fn" }>;
        const clo = () => m.local.get(l.index, b.i32);
        const params = b.createType([b.i32, ...ft.params.map((p) => this.cx.wasm(p))]);
        return m.call_indirect("fns", m.i32.load(0, 4, clo(), "memory"), [clo(), ...e.args.map((a) => this.expr(a))], params, this.cx.wasm(ft.result));
      }
      case "stdin": {
        this.cx.roots.add("rt_stdin");
        return m.call("rt_stdin", [], b.i32);
      }
      case "block": {
        const inst = target.instance!;
        this.cx.roots.add(inst.fn);
        const args = e.args.map((a) => this.expr(a));
        return m.block(null, [this.setLoc(e), m.call(inst.fn, args, rt)], rt);
      }
    }
  }

  /** Heap-typed result? Then the caller's region keeps it; see regions.ts. */
  static heap(t: Type): boolean { return isHeap(t); }
}
