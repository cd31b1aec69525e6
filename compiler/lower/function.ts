// Lowering one function (or lambda) body to Binaryen IR: statements, expressions and calls.
// Loops are in loops.ts, operators in operators.ts, indexing in indexing.ts.
import type { ExpressionRef } from "../binaryen.js";
import type { Block, Expr, Stmt } from "../syntax/ast.js";
import { Type, sizeOf } from "../types.js";
import { toType } from "../check/unify.js";
import { LowererBase, sizedArgs } from "./base.js";
import { growth } from "./accumulators.js";
import { forLoop, whileLoop } from "./loops.js";
import { binary, mapCall } from "./operators.js";
import { indexRead, indexWrite, mapUpdate } from "./indexing.js";
import { liftValue } from "./lift.js";
import { ownedAppend, ownedEmptied } from "./appends.js";
import { loopsForever } from "../syntax/walk.js";

export class FnLowerer extends LowererBase {
  /** A block whose last expression (if wanted) is its value. */
  block(b: Block, want: Type | undefined): ExpressionRef {
    const { m } = this;
    const parts = b.stmts.map((s, i) => {
      const last = i === b.stmts.length - 1;
      if (last && want && want.kind !== "unit" && s.kind === "expr") return this.expr(s.expr);
      return this.stmt(s);
    });
    if (!parts.length) return m.nop();
    // nothing follows a `while true` that only a return leaves (check's alwaysReturns counts on it
    // for a function's value): the validator must be told so
    if (loopsForever(b.stmts[b.stmts.length - 1])) return m.block(null, [...parts, m.unreachable()], this.b.unreachable);
    return parts.length === 1 ? parts[0] : m.block(null, parts, want && want.kind !== "unit" && b.stmts[b.stmts.length - 1]?.kind === "expr" ? this.cx.wasm(want) : this.b.none);
  }

  stmt(s: Stmt): ExpressionRef {
    const { m } = this;
    switch (s.kind) {
      case "expr": {
        const v = this.expr(s.expr);
        return this.t(s.expr).kind === "unit" || s.expr.kind === "if" ? v : m.drop(v);
      }
      case "assign": return this.assign(s);
      case "return": {
        if (!s.value || this.t(s.value).kind === "unit") return s.value ? m.block(null, [this.expr(s.value), this.leave(undefined)]) : this.leave(undefined);
        return this.leave(this.expr(s.value));
      }
      case "break": return m.br(this.loops[this.loops.length - 1].brk);
      case "continue": return m.br(this.loops[this.loops.length - 1].cont);
      case "while": return whileLoop(this, s);
      case "for": return forLoop(this, s);
    }
  }

  private assign(s: Extract<Stmt, { kind: "assign" }>): ExpressionRef {
    const { m, b } = this;
    const builder = s.target.kind === "name" ? this.builders.get(s.target.name) : undefined;
    const grow = growth(s);
    if (builder && grow) {
      const sb = m.local.get(builder.sb, b.i32);
      if (grow.kind === "concat" && builder.type.kind === "str") return this.callOut("rt_sb_str", [sb, this.expr(grow.part)], b.none, s);
      const elemT = (builder.type as Extract<Type, { kind: "array" }>).elem;
      if (grow.kind === "concat") return this.callOut("rt_ab_push_arr", [sb, this.expr(grow.part), m.i32.const(sizeOf(elemT))], b.none, s);
      return this.cx.store(elemT, this.callOut("rt_sb_reserve", [sb, m.i32.const(sizeOf(elemT))], b.i32, s), 0, this.expr(grow.item), true);
    }
    if (s.target.kind === "tuple") return this.destructure(s, s.target.items);
    const update = mapUpdate(this, s);
    if (update) return update;
    if (s.target.kind === "name" && this.owned.names.has(s.target.name)) {
      const owned = grow?.kind === "concat" ? ownedAppend(this, s, s.target.name, grow.part) : ownedEmptied(this, s, s.target.name);
      if (owned) return owned;
    }
    const value = s.op === "=" ? this.expr(s.value) : binary(this, { kind: "binary", op: s.op.slice(0, -1) as "+", left: s.target, right: s.value, opSpan: s.span, span: s.span }, this.t(s.target));
    if (s.target.kind === "name") return this.disowned(s.target.name, m.local.set(this.local(s.target.name, this.t(s.target)), value));
    // `xs[i] = v` computes v before the index is checked, as Python does; `xs[i] += v` reads xs[i] first
    if (s.target.kind === "index") return indexWrite(this, s.target, value, s.op === "=");
    if (s.target.kind === "field") return this.fieldWrite(s, s.target);
    return m.unreachable();
  }

  /** `b.x = v`, `bs[i].x += v`: one store into the record's slot. The record is computed once, before
   *  the value, so `bs[i].x += …` reads and writes the same record and checks i once. */
  private fieldWrite(s: Extract<Stmt, { kind: "assign" }>, target: Extract<Expr, { kind: "field" }>): ExpressionRef {
    const { m, b } = this;
    const rec = this.temp(this.t(target.target));
    const set = m.local.set(rec, this.expr(target.target));
    this.substitutes.set(target.target, () => m.local.get(rec, b.i32));
    const value = s.op === "=" ? this.expr(s.value) : binary(this, { kind: "binary", op: s.op.slice(0, -1) as "+", left: target, right: s.value, opSpan: s.span, span: s.span }, this.t(target));
    this.substitutes.delete(target.target);
    return m.block(null, [set, this.cx.store(this.t(target), m.local.get(rec, b.i32), 8 * target.index, value)]);
  }

  /** `a, b = b, a + b`, `q, r = t`: every value is computed (or the tuple that holds them) before
   *  any target is written, so `a, b = b, a` swaps and `xs[i], xs[j] = xs[j], xs[i]` too; then each
   *  is written as `x = v` or `xs[i] = v` writes it, left to right, as Python does. */
  private destructure(s: Extract<Stmt, { kind: "assign" }>, targets: Expr[]): ExpressionRef {
    const { m, b } = this;
    const sets: ExpressionRef[] = [];
    let value: (k: number) => ExpressionRef;
    if (s.value.kind === "tuple") {
      // written out: no tuple is made, each value waits in a local of its target's type
      const temps = s.value.items.map((v, k) => {
        const tmp = this.temp(this.t(targets[k]));
        sets.push(m.local.set(tmp, this.expr(v)));
        return tmp;
      });
      value = (k) => m.local.get(temps[k], this.cx.wasm(this.t(targets[k])));
    } else {
      // a tuple is a value no write can change: its fields are read as each target is written
      const tt = this.t(s.value) as Extract<Type, { kind: "tuple" }>;
      const tup = this.temp(tt);
      sets.push(m.local.set(tup, this.expr(s.value)));
      value = (k) => this.cx.load(tt.items[k], m.local.get(tup, b.i32), 8 * k);
    }
    targets.forEach((t, k) => {
      if (t.kind === "name") sets.push(m.local.set(this.local(t.name, this.t(t)), value(k)));
      else if (t.kind === "index") sets.push(indexWrite(this, t, value(k), true));
    });
    return m.block(null, sets);
  }

  /** An expression's value; lifted where the checker lifted a plain value into an optional or an any. */
  expr(e: Expr): ExpressionRef {
    const sub = this.substitutes.get(e);
    if (sub) return sub();
    const v = this.value(e);
    const to = this.cx.checked.wraps.get(e);
    if (!to) return v;
    const from = this.t(e), into = toType(to);
    if (from.kind !== "byte" || into.kind !== "int") this.allocations++; // a box, an any, or a widened copy
    return liftValue(this.cx, from, into, v);
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
        const l = this.lookup(e.n ? `_${e.n}` : "_");
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
        const l = this.lookup(e.name);
        if (!l) return this.zero(t);
        const get = m.local.get(l.index, this.cx.wasm(l.type));
        // a read that may keep the value gives up the buffer the variable grows in place (owned.ts)
        if (!this.owned.names.has(e.name) || this.owned.looks.has(e)) return get;
        return m.block(null, [m.local.set(this.owner(e.name), m.i32.const(0)), get], b.i32);
      }
      case "array": {
        const elemT = (t as Extract<Type, { kind: "array" }>).elem;
        const tmp = this.temp(t);
        return m.block(null, [
          m.local.set(tmp, this.callOut("rt_arr_alloc", [m.i32.const(e.items.length), m.i32.const(sizeOf(elemT))], b.i32, e)),
          ...e.items.map((it, k) => this.cx.store(elemT, m.local.get(tmp, b.i32), 8 + k * sizeOf(elemT), this.expr(it), true)),
          m.local.get(tmp, b.i32),
        ], b.i32);
      }
      case "tuple": {
        const items = (t as Extract<Type, { kind: "tuple" }>).items;
        const tmp = this.temp(t);
        return m.block(null, [
          m.local.set(tmp, this.callOut("rt_alloc", [m.i32.const(8 * items.length)], b.i32, e)),
          ...e.items.map((it, k) => this.cx.store(items[k], m.local.get(tmp, b.i32), 8 * k, this.expr(it))),
          m.local.get(tmp, b.i32),
        ], b.i32);
      }
      case "field": return this.cx.load(t, this.expr(e.target), 8 * e.index);
      case "map": {
        const mt = t as Extract<Type, { kind: "map" }>;
        const tmp = this.temp(mt);
        return m.block(null, [
          m.local.set(tmp, this.callOut("rt_map_new", [], b.i32, e)),
          ...e.entries.map((en) => this.cx.store(mt.value, mapCall(this, "rt_map_put", mt, m.local.get(tmp, b.i32), this.expr(en.key), e), 0, this.expr(en.value))),
          m.local.get(tmp, b.i32),
        ], b.i32);
      }
      case "index": return indexRead(this, e);
      case "slice": {
        const tt = this.t(e.target);
        const lo = e.lo ? this.expr(e.lo) : m.i64.const(0n);
        const hi = e.hi ? this.expr(e.hi) : m.i64.const(2n ** 62n);
        if (tt.kind === "str") return this.callOut("rt_str_slice", [this.expr(e.target), lo, hi], b.i32, e);
        return this.callOut("rt_arr_slice", [this.expr(e.target), lo, hi, m.i32.const(sizeOf((tt as Extract<Type, { kind: "array" }>).elem))], b.i32, e);
      }
      case "unary": {
        const v = this.expr(e.operand);
        if (e.op === "not") return m.i32.eqz(v);
        if (e.op === "~") return m.i64.xor(v, m.i64.const(-1n));
        return t.kind === "float" ? m.f64.neg(v) : m.i64.sub(m.i64.const(0n), v);
      }
      // a byte side was widened to an int (check/lift.ts), and the operator works on ints
      case "binary": return binary(this, e, this.t(e.left).kind === "byte" && this.cx.checked.wraps.has(e.left) ? { kind: "int" } : this.t(e.left));
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

  private closure(e: Extract<Expr, { kind: "lambda" }>): ExpressionRef {
    const { m, b } = this;
    const info = this.cx.checked.lambdas.get(e)!;
    const fname = this.cx.lambda(e);
    const index = this.cx.lambdaNames.indexOf(fname);
    const tmp = this.temp({ kind: "bool" });
    const caps = info.captures.map((c) => {
      const l = this.lookup(c)!;
      return { l, type: l.type };
    });
    return m.block(null, [
      m.local.set(tmp, this.callOut("rt_alloc", [m.i32.const(8 + 8 * caps.length)], b.i32, e)),
      m.i32.store(0, 4, m.local.get(tmp, b.i32), this.cx.tableIndex(index), "memory"),
      ...caps.map((c, k) => this.cx.store(c.type, m.local.get(tmp, b.i32), 8 + 8 * k, m.local.get(c.l.index, this.cx.wasm(c.type)))),
      m.local.get(tmp, b.i32),
    ], b.i32);
  }

  private call(e: Extract<Expr, { kind: "call" }>, target: NonNullable<ReturnType<LowererBase["cx"]["checked"]["calls"]["get"]>>): ExpressionRef {
    const { m, b } = this;
    const rt = this.cx.wasm(this.t(e).kind === "unit" && target.kind !== "print" ? { kind: "unit" } : this.t(e));
    switch (target.kind) {
      case "print": {
        // the values first (their own calls may store positions), then one position for the
        // runtime calls that show them, which may run out of memory
        const values = e.args.map((a) => {
          const at = this.t(a);
          if (at.kind === "unit") return { at, set: this.expr(a) }; // shows as nothing
          const v = this.temp(at);
          return { at, set: m.local.set(v, this.expr(a)), get: () => m.local.get(v, this.cx.wasm(at)) };
        });
        this.allocations++;
        const sb = this.temp({ kind: "bool" });
        const SB = () => m.local.get(sb, b.i32);
        const parts: ExpressionRef[] = [...values.map((v) => v.set), m.global.set("rt_loc", m.i32.const(this.loc(e))), m.local.set(sb, m.call("rt_sb_new", [], b.i32))];
        values.forEach((v, k) => {
          if (k) parts.push(m.call("rt_sb_byte", [SB(), m.i32.const(32)], b.none));
          if (v.get) parts.push(this.cx.show(v.at, SB(), v.get(), false));
        });
        parts.push(m.call("rt_sb_print", [SB()], b.none));
        return m.block(null, parts);
      }
      case "fn": {
        const rt = this.cx.wasm(toType(this.cx.checked.fns.get(target.name)!.result));
        return this.callFn(e.args.map((a) => this.expr(a)), (args) => m.call(this.cx.fnName(target.name), args, rt), e);
      }
      case "closure": {
        const l = this.lookup(target.name)!;
        const ft = l.type as Extract<Type, { kind: "fn" }>;
        const clo = () => m.local.get(l.index, b.i32);
        const params = b.createType([b.i32, ...ft.params.map((p) => this.cx.wasm(p))]);
        return this.callFn(e.args.map((a) => this.expr(a)), (args) => m.call_indirect("fns", m.i32.load(0, 4, clo(), "memory"), [clo(), ...args], params, this.cx.wasm(ft.result)), e);
      }
      case "stdin": {
        this.cx.roots.add("rt_stdin");
        // it allocates the text (a loop that reads it needs its region) and may run out of memory
        return this.callOut("rt_stdin", [], b.i32, e);
      }
      case "record": {
        // a heap cell of one 8-byte slot a field; the values are computed in the order written
        const rt = this.t(e) as Extract<Type, { kind: "tuple" }>;
        const tmp = this.temp(rt);
        return m.block(null, [
          m.local.set(tmp, this.callOut("rt_alloc", [m.i32.const(8 * rt.items.length)], b.i32, e)),
          ...e.args.map((a, k) => this.cx.store(rt.items[target.slots[k]], m.local.get(tmp, b.i32), 8 * target.slots[k], this.expr(a))),
          m.local.get(tmp, b.i32),
        ], b.i32);
      }
      case "block": {
        const inst = target.instance!;
        this.cx.roots.add(inst.fn);
        return this.callOut(inst.fn, e.args.map((a) => this.expr(a)), rt, e, sizedArgs(target.block.def, inst.overload, e.args.map((a) => this.t(a))));
      }
    }
  }
}
