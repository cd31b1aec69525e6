// Well-typed Ideo programs from a seeded random source, for the differential test (fuzz/difftest.ts):
// ints at the edges of 64 bits, floats, strings with non-ASCII text, arrays, tuples, records, maps,
// optionals, loops that rebind and grow variables, lambdas that capture, user functions and block
// calls. Loops are bounded by construction (for over a finite value, while over a counter), so every
// program ends.
import type { Random } from "./random.js";
import { Type, show } from "../compiler/types.js";
import type { Expr, Fn, Program, RecordDef, Stmt } from "./program.js";
import { Catalog, Overload, domainOf, instanceEnv, instantiate, match, varsOf } from "./catalog.js";

const INT: Type = { kind: "int" }, FLOAT: Type = { kind: "float" }, BOOL: Type = { kind: "bool" }, STR: Type = { kind: "str" };
const arr = (elem: Type): Type => ({ kind: "array", elem });

const EDGE_INTS = [0n, 1n, -1n, 2n, 255n, 2n ** 31n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 62n, 2n ** 63n - 1n, -(2n ** 63n), -(2n ** 63n) + 1n];
const FLOATS = [0.5, 0.1, 0.2, 0.3, 2.5, -3.75, 1e16, 1e-5, 123.456, 1e300, -0.0, 5e-324, 1.7976931348623157e308, 7.5, 3.0];
const STRINGS = ["", "a", "ab", "abc", "héllo", "漢字", "😀x", "e\u0301", "a b  c", "A,b,C", "x\ty", "line\nnext", "Zz", "mañana", "ß", "  pad ", "1,2,3", "🇫🇷", "quote\"s", "back\\slash"];

interface Scope { vars: Map<string, Type>; small: Set<string> }

/** Limits that keep programs short and their runs quick. */
const MAX_DEPTH = 3, MAX_BLOCK = 4;

export function generateProgram(r: Random, cat: Catalog): Program {
  return new Generator(r, cat).program();
}

class Generator {
  private names = 0;
  private fns: Fn[] = [];
  private scope: Scope = { vars: new Map(), small: new Set() };
  private loops = 0;
  private counters = new Set<string>();
  private ret: Type | undefined;
  /** The program's record type, when it has one: made, read, written and passed like other values. */
  private rec: Extract<Type, { kind: "tuple" }> | undefined;
  constructor(private r: Random, private cat: Catalog) {}

  program(): Program {
    const records = this.r.chance(0.4) ? [this.recordType()] : undefined;
    const nfns = this.r.int(3);
    for (let i = 0; i < nfns; i++) this.fns.push(this.fn(`f${i}`));
    this.reset();
    const main = this.stmts(this.r.range(3, 8), 2);
    // what main ends with: every variable still usable, printed
    const shown = [...this.scope.vars].filter(([, t]) => printable(t)).map(([name, t]) => ({ op: "var", t, name }) as Expr);
    for (let i = 0; i < shown.length; i += 3) main.push({ s: "print", args: shown.slice(i, i + 3) });
    return records ? { fns: this.fns, main, records } : { fns: this.fns, main };
  }

  /** `type Rec = (g0: T0, g1: T1, …)`: fields of types without records (none holds itself). */
  private recordType(): RecordDef {
    const types = Array.from({ length: this.r.range(1, 3) }, () => this.type(1));
    const fields = types.map((_, k) => `g${k}`);
    this.rec = { kind: "tuple", items: types, record: { name: "Rec", fields } };
    return { name: "Rec", fields, types };
  }

  private reset(): void { this.scope = { vars: new Map(), small: new Set() }; this.loops = 0; this.ret = undefined; }

  private fn(name: string): Fn {
    this.reset();
    const params = Array.from({ length: this.r.range(1, 3) }, () => ({ name: this.fresh("p"), t: this.type(2) }));
    for (const p of params) this.scope.vars.set(p.name, p.t);
    const ret = this.valueType(2);
    this.ret = ret;
    const body = this.stmts(this.r.range(1, 4), 2);
    return { name, params, ret, body, result: this.expr(ret, MAX_DEPTH) };
  }

  private fresh(prefix: string): string { return `${prefix}${this.names++}`; }

  // ---------------------------------------------------------------------------------- types

  /** A type for a value; `depth` bounds nesting. */
  private type(depth: number): Type {
    const k = this.r.weighted({ int: 30, float: 10, bool: 8, str: 15, array: depth > 0 ? 18 : 0, tuple: depth > 0 ? 6 : 0, map: depth > 0 ? 6 : 0, opt: depth > 0 ? 5 : 0, record: depth > 0 && this.rec ? 6 : 0 });
    switch (k) {
      case "record": return this.rec!;
      case "array": return arr(this.type(depth - 1));
      case "tuple": return { kind: "tuple", items: Array.from({ length: this.r.range(2, 3) }, () => this.type(depth - 1)) };
      case "map": return { kind: "map", key: this.r.chance(0.6) ? STR : INT, value: this.type(depth - 1) };
      case "opt": return { kind: "opt", elem: this.type(0) };
      default: return { kind: k } as Type;
    }
  }

  /** A type a function may return (not optional: a function giving null is typed by its returns). */
  private valueType(depth: number): Type {
    const t = this.type(depth);
    return t.kind === "opt" ? t.elem : t;
  }

  // ---------------------------------------------------------------------------------- statements

  private stmts(n: number, depth: number): Stmt[] {
    const out: Stmt[] = [];
    for (let i = 0; i < n; i++) out.push(...this.stmt(depth));
    return out;
  }

  /** A nested body: its new variables are not usable after it (they may be unset there). */
  private body(n: number, depth: number, setup: (s: Scope) => void = () => {}): Stmt[] {
    const outer = this.scope;
    this.scope = { vars: new Map(outer.vars), small: new Set(outer.small) };
    setup(this.scope);
    const out = this.stmts(Math.max(1, n), depth);
    if (!out.length) out.push({ s: "print", args: [this.expr(INT, 1)] });
    this.scope = outer;
    return out;
  }

  private stmt(depth: number): Stmt[] {
    // loop counters are read, never written, so every while loop ends
    const vars = [...this.scope.vars].filter(([name]) => !this.counters.has(name));
    const kind = this.r.weighted({
      let: 10, rebind: vars.length ? 5 : 0, update: vars.length ? 5 : 0, set: 4, print: 8, unpack: 3, fset: this.rec ? 4 : 0,
      if: depth > 0 ? 4 : 0, for: depth > 0 ? 5 : 0, while: depth > 0 ? 2 : 0,
      jump: this.loops ? 2 : 0, ret: this.ret ? 1 : 0,
    });
    switch (kind) {
      case "let": {
        const t = this.type(2);
        const name = this.fresh("v");
        const value = t.kind === "opt" ? this.optional(t, MAX_DEPTH) : this.expr(t, MAX_DEPTH);
        this.bind(name, t);
        return [{ s: "let", name, value }];
      }
      case "rebind": {
        const [name, t] = this.r.pick(vars);
        if (t.kind === "fn") return [];
        const value = t.kind === "opt" && this.r.chance(0.3) ? ({ op: "null", t } as Expr) : t.kind === "opt" ? this.expr(this.r.chance(0.5) ? t.elem : t, MAX_DEPTH) : this.expr(t, MAX_DEPTH);
        this.scope.small.delete(name);
        return [{ s: "let", name, value }];
      }
      case "update": return this.update(vars);
      case "set": return this.set(vars);
      case "fset": return this.fieldSet(vars);
      case "unpack": return this.unpack(vars);
      case "print": return [{ s: "print", args: Array.from({ length: this.r.range(1, 3) }, () => this.expr(this.printableType(), MAX_DEPTH)) }];
      case "if": {
        const c = this.expr(BOOL, 2);
        const then = this.body(this.r.range(1, MAX_BLOCK - 1), depth - 1);
        return [{ s: "if", c, then, ...(this.r.chance(0.5) ? { else: this.body(this.r.range(1, MAX_BLOCK - 1), depth - 1) } : {}) }];
      }
      case "for": return [this.forLoop(depth)];
      case "while": return this.whileLoop(depth);
      case "jump": return [{ s: "if", c: this.expr(BOOL, 1), then: [{ s: this.r.chance(0.5) ? "break" : "continue" }] }];
      case "ret": return [{ s: "if", c: this.expr(BOOL, 1), then: [{ s: "return", value: this.expr(this.ret!, 2) }] }];
    }
  }

  private bind(name: string, t: Type, small = false): void {
    this.scope.vars.set(name, t);
    if (small) this.scope.small.add(name);
  }

  private update(vars: [string, Type][]): Stmt[] {
    const cands = vars.filter(([, t]) => ["int", "float", "str", "array"].includes(t.kind));
    if (!cands.length) return [];
    const [name, t] = this.r.pick(cands);
    this.scope.small.delete(name);
    if (t.kind === "str" || t.kind === "array") return [{ s: "update", name, o: "+=", value: this.expr(t, 2) }];
    const ops = t.kind === "int" ? ["+=", "-=", "*=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>="] : ["+=", "-=", "*=", "//=", "%="];
    const o = this.r.pick(ops);
    const value = o === "<<=" || o === ">>=" ? this.smallInt(0, 70) : /[/%]/.test(o) ? this.divisor(t) : this.expr(t, 2);
    return [{ s: "update", name, o, value }];
  }

  private set(vars: [string, Type][]): Stmt[] {
    const cands = vars.filter(([, t]) => t.kind === "array" || t.kind === "map");
    if (!cands.length) return [];
    const [name, t] = this.r.pick(cands);
    const x: Expr = { op: "var", t, name };
    if (t.kind === "map") return [{ s: "set", x, i: this.expr(t.key, 1), value: this.expr(t.value, 2) }];
    return [{ s: "set", x, i: this.smallInt(-3, 3), value: this.expr((t as Extract<Type, { kind: "array" }>).elem, 2) }];
  }

  /** `r.g0 = v`, or `r.g0 += v` where the field's type adds; every name for r sees it. */
  private fieldSet(vars: [string, Type][]): Stmt[] {
    const rec = this.rec!;
    const cands = vars.filter(([, t]) => show(t) === show(rec));
    if (!cands.length) return [];
    const [name] = this.r.pick(cands);
    const n = this.r.int(rec.items.length), ft = rec.items[n];
    const adds = ["int", "float", "str", "array"].includes(ft.kind);
    const o = adds && this.r.chance(0.5) ? this.r.pick(ft.kind === "int" || ft.kind === "float" ? ["+=", "-="] : ["+="]) : "=";
    const value = ft.kind === "opt" ? this.optional(ft, 2) : this.expr(ft, 2);
    return [{ s: "fset", x: { op: "var", t: rec, name }, n, name: rec.record!.fields[n], o, value }];
  }

  /** `a, b = e1, e2` or `a, b = t`: variables already set (so the values may read what the
   *  statement writes: a swap) and new ones. Optionals stay out: a tuple's field is not lifted. */
  private unpack(vars: [string, Type][]): Stmt[] {
    const old = vars.filter(([, t]) => t.kind !== "fn" && t.kind !== "opt");
    const targets: [string, Type][] = [];
    for (let k = this.r.range(2, 3); k > 0; k--) {
      const left = old.filter(([name]) => !targets.some(([n]) => n === name));
      targets.push(left.length && this.r.chance(0.6) ? this.r.pick(left) : [this.fresh("u"), this.valueType(1)]);
    }
    const t: Type = { kind: "tuple", items: targets.map(([, t]) => t) };
    const value: Expr = this.r.chance(0.6) ? { op: "tuple", t, items: targets.map(([, t]) => this.expr(t, 2)) } : this.expr(t, 2);
    for (const [name, type] of targets) { this.scope.small.delete(name); this.bind(name, type); }
    return [{ s: "unpack", names: targets.map(([name]) => name), value }];
  }

  private forLoop(depth: number): Stmt {
    this.loops++;
    const k = this.r.weighted({ array: 5, str: 2, range: 3, map: 2, pairs: 2 });
    let stmt: Stmt;
    if (k === "map") {
      const t: Type = { kind: "map", key: this.r.chance(0.5) ? STR : INT, value: this.type(1) };
      const iter = this.expr(t, 2);
      const kv = [this.fresh("k"), this.fresh("w")];
      const both = this.r.chance(0.5);
      stmt = { s: "for", vars: both ? kv : [kv[0]], iter, body: this.body(this.r.range(1, MAX_BLOCK), depth - 1, (s) => { s.vars.set(kv[0], t.key); if (both) s.vars.set(kv[1], t.value); }) };
    } else if (k === "pairs") {
      const items = [this.type(0), this.type(0)];
      const iter = this.expr(arr({ kind: "tuple", items }), 2);
      const vs = [this.fresh("a"), this.fresh("b")];
      stmt = { s: "for", vars: vs, iter, body: this.body(this.r.range(1, MAX_BLOCK), depth - 1, (s) => vs.forEach((v, i) => s.vars.set(v, items[i]))) };
    } else {
      const elem = k === "str" ? STR : k === "range" ? INT : this.type(1);
      const iter: Expr = k === "range" ? { op: "range", t: arr(INT), lo: this.smallInt(-2, 3), hi: this.smallInt(-1, 6) } : this.expr(k === "str" ? STR : arr(elem), 2);
      const v = this.fresh("x");
      stmt = { s: "for", vars: [v], iter, body: this.body(this.r.range(1, MAX_BLOCK), depth - 1, (s) => { s.vars.set(v, elem); if (k === "range") s.small.add(v); }) };
    }
    this.loops--;
    return stmt;
  }

  /** `c = 0` / `while c < n` with `c += 1` first, so `continue` cannot skip it. */
  private whileLoop(depth: number): Stmt[] {
    const c = this.fresh("c");
    this.bind(c, INT, true);
    this.counters.add(c);
    this.loops++;
    const counter: Stmt = { s: "update", name: c, o: "+=", value: lit(INT, 1n) };
    const body = [counter, ...this.body(this.r.range(1, MAX_BLOCK - 1), depth - 1)];
    this.loops--;
    const cond: Expr = { op: "bin", t: BOOL, o: "<", l: { op: "var", t: INT, name: c }, r: this.smallInt(0, 5) };
    return [{ s: "let", name: c, value: lit(INT, 0n) }, { s: "while", c: this.r.chance(0.3) ? { op: "bin", t: BOOL, o: "and", l: cond, r: this.expr(BOOL, 1) } : cond, body }];
  }

  private printableType(): Type {
    const t = this.type(2);
    return printable(t) ? t : INT;
  }

  // ---------------------------------------------------------------------------------- expressions

  private var(t: Type, small = false): Expr | undefined {
    const names = [...this.scope.vars].filter(([n, vt]) => show(vt) === show(t) && (!small || this.scope.small.has(n))).map(([n]) => n);
    return names.length ? { op: "var", t, name: this.r.pick(names) } : undefined;
  }

  /** An int kept small: a size, a count, a shift or an index an oracle can take without cost. */
  smallInt(lo = -3, hi = 12): Expr {
    return this.var(INT, true) && this.r.chance(0.3) ? this.var(INT, true)! : lit(INT, BigInt(this.r.range(lo, hi)));
  }

  /** A right operand of // or %: mostly not zero (a zero faults, which is tested too, now and then). */
  private divisor(t: Type): Expr {
    if (this.r.chance(0.05)) return lit(t, t.kind === "int" ? 0n : 0);
    const e = this.expr(t, 1);
    return e.op === "lit" && (e.v === 0n || e.v === 0) ? lit(t, t.kind === "int" ? 3n : 2.5) : e;
  }

  private optional(t: Extract<Type, { kind: "opt" }>, depth: number): Expr {
    const v = this.expr(t.elem, depth - 1), c = this.expr(BOOL, 1);
    return this.r.chance(0.5) ? { op: "if", t, c, a: { op: "null", t }, b: v } : { op: "if", t, c, a: v, b: { op: "null", t } };
  }

  expr(t: Type, depth: number): Expr {
    const leaf = depth <= 0 || this.r.chance(0.25);
    if (leaf) return this.var(t) && this.r.chance(0.6) ? this.var(t)! : this.literal(t, depth);
    for (let tries = 0; tries < 6; tries++) {
      const e = this.compound(t, depth - 1);
      if (e) return e;
    }
    return this.literal(t, depth);
  }

  private literal(t: Type, depth: number): Expr {
    switch (t.kind) {
      case "int": return lit(t, this.r.chance(0.15) ? this.r.pick(EDGE_INTS) : BigInt(this.r.range(-10, 20)));
      case "float": return lit(t, this.r.chance(0.5) ? this.r.pick(FLOATS) * (this.r.chance(0.3) ? -1 : 1) : this.r.range(-80, 80) / 8);
      case "bool": return lit(t, this.r.chance(0.5));
      case "str": return lit(t, this.r.pick(STRINGS));
      case "array": return { op: "array", t, items: Array.from({ length: this.r.range(1, 4) }, () => this.expr(t.elem, Math.min(depth, 1) - 1)) };
      case "tuple": {
        if (!t.record) return { op: "tuple", t, items: t.items.map((it) => this.expr(it, Math.min(depth, 1) - 1)) };
        // by position, or every field named in an order of its own
        const slots = this.r.chance(0.5) ? shuffled(this.r, t.items.map((_, k) => k)) : undefined;
        return { op: "record", t, items: (slots ?? t.items.map((_, k) => k)).map((k) => this.expr(t.items[k], Math.min(depth, 1) - 1)), ...(slots ? { slots } : {}) };
      }
      case "map": return { op: "map", t, entries: Array.from({ length: this.r.range(1, 3) }, () => [this.expr(t.key, 0), this.expr(t.value, Math.min(depth, 1) - 1)] as [Expr, Expr]) };
      case "opt": return this.optional(t, 1);
      default: throw new Error(`no literal of ${show(t)}`);
    }
  }

  private compound(t: Type, d: number): Expr | undefined {
    const k = this.r.weighted({ op: 6, block: 6, index: 2, field: 1, if: 1, call: this.fns.length ? 1 : 0, coalesce: 1 });
    switch (k) {
      case "op": return this.operator(t, d);
      case "block": return this.blockCall(t, d);
      case "index": return this.indexed(t, d);
      case "field": {
        const slot = this.rec ? this.rec.items.findIndex((it) => show(it) === show(t)) : -1;
        if (slot >= 0 && this.r.chance(0.6)) return { op: "field", t, x: this.expr(this.rec!, d), n: slot, name: this.rec!.record!.fields[slot] };
        const other = this.type(0);
        const items = this.r.chance(0.5) ? [t, other] : [other, t];
        return { op: "field", t, x: this.expr({ kind: "tuple", items }, d), n: items[0] === t ? 0 : 1 };
      }
      case "if": return { op: "if", t, c: this.expr(BOOL, d), a: this.expr(t, d), b: this.expr(t, d) };
      case "call": {
        const f = this.fns.filter((fn) => show(fn.ret) === show(t));
        if (!f.length) return undefined;
        const fn = this.r.pick(f);
        return { op: "call", t, fn: fn.name, args: fn.params.map((p) => this.expr(p.t, d)) };
      }
      case "coalesce": {
        if (t.kind === "opt" || t.kind === "fn") return undefined;
        return { op: "bin", t, o: "??", l: this.optional({ kind: "opt", elem: t }, d), r: this.expr(t, d) };
      }
    }
  }

  private operator(t: Type, d: number): Expr | undefined {
    const bin = (o: string, l: Expr, r: Expr): Expr => ({ op: "bin", t, o, l, r });
    switch (t.kind) {
      case "int": {
        const o = this.r.pick(["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "**", "neg", "~"]);
        if (o === "neg" || o === "~") return { op: "un", t, o: o === "neg" ? "-" : "~", x: this.expr(t, d) };
        if (o === "<<" || o === ">>" || o === "**") return bin(o, this.expr(t, d), this.smallInt(o === "**" ? 0 : -1, 70));
        return bin(o, this.expr(t, d), o === "//" || o === "%" ? this.divisor(t) : this.expr(t, d));
      }
      case "float": {
        const o = this.r.pick(["+", "-", "*", "/", "//", "%", "neg", "/int"]);
        if (o === "neg") return { op: "un", t, o: "-", x: this.expr(t, d) };
        if (o === "/int") return bin("/", this.expr(INT, d), this.divisor(INT));
        return bin(o, this.expr(t, d), o === "//" || o === "%" ? this.divisor(t) : this.expr(t, d));
      }
      case "bool": return this.condition(d);
      case "str": return this.r.chance(0.6) ? bin("+", this.expr(t, d), this.expr(t, d)) : { op: "slice", t, x: this.expr(t, d), lo: this.maybe(() => this.smallInt(-4, 5)), hi: this.maybe(() => this.smallInt(-4, 6)) };
      case "array": {
        const k = this.r.int(4);
        if (k === 0) return bin("+", this.expr(t, d), this.expr(t, d));
        if (k === 1 && t.elem.kind === "int") return { op: "range", t, lo: this.smallInt(-3, 3), hi: this.smallInt(-2, 8) };
        const step = this.r.chance(0.3) ? this.r.pick([2n, -1n, -2n, 3n]) : undefined;
        return { op: "slice", t, x: this.expr(t, d), ...(step !== undefined && step < 0n ? {} : { lo: this.maybe(() => this.smallInt(-4, 5)), hi: this.maybe(() => this.smallInt(-4, 6)) }), step };
      }
      default: return undefined;
    }
  }

  private maybe(f: () => Expr): Expr | undefined { return this.r.chance(0.6) ? f() : undefined; }

  private condition(d: number): Expr {
    const k = this.r.int(7);
    if (k === 0) return { op: "un", t: BOOL, o: "not", x: this.expr(BOOL, d) };
    if (k === 1) return { op: "bin", t: BOOL, o: this.r.pick(["and", "or"]), l: this.expr(BOOL, d), r: this.expr(BOOL, d) };
    if (k === 2) {
      const t = this.r.pick([INT, FLOAT, STR]);
      const n = this.r.range(3, 4);
      return { op: "chain", t: BOOL, ops: Array.from({ length: n - 1 }, () => this.r.pick(["<", "<=", ">", ">=", "==", "!="])), xs: Array.from({ length: n }, () => this.expr(t, d)) };
    }
    if (k === 3) {
      const et = this.r.pick([INT, FLOAT, STR, BOOL]); // `in` takes scalar elements (the contains block)
      const inMap = et.kind === "str" && this.r.chance(0.3);
      const right = inMap ? this.expr({ kind: "map", key: STR, value: this.type(0) }, d) : this.expr(et.kind === "str" ? STR : arr(et), d);
      return { op: "bin", t: BOOL, o: this.r.chance(0.7) ? "in" : "not in", l: this.expr(et, d), r: right };
    }
    if (k === 4) {
      const ot = this.type(0);
      return { op: "bin", t: BOOL, o: this.r.pick(["==", "!="]), l: this.optional({ kind: "opt", elem: ot }, d), r: { op: "null", t: { kind: "opt", elem: ot } } };
    }
    const t = k === 5 ? this.type(2) : this.r.pick([INT, FLOAT, STR, BOOL]);
    const ordered = ["int", "float", "str", "bool"].includes(t.kind);
    return { op: "bin", t: BOOL, o: this.r.pick(ordered ? ["<", "<=", ">", ">=", "==", "!="] : ["==", "!="]), l: this.expr(t, d), r: this.expr(t, d) };
  }

  private indexed(t: Type, d: number): Expr | undefined {
    if (t.kind === "str" && this.r.chance(0.3)) return { op: "index", t, x: this.expr(STR, d), i: this.smallInt(-3, 3) };
    if (this.r.chance(0.3)) return { op: "index", t, x: this.expr({ kind: "map", key: STR, value: t }, d), i: this.expr(STR, 0) };
    return { op: "index", t, x: this.expr(arr(t), d), i: this.smallInt(-3, 3) };
  }

  /** A block whose result can be `t`, its other type variables bound at random within its domains. */
  private blockCall(t: Type, d: number): Expr | undefined {
    const fits = this.cat.overloads.filter((o) => match(o.block.sigs[o.k].result, t, new Map()));
    if (!fits.length) return undefined;
    const o = this.r.pick(fits);
    const sig = o.block.sigs[o.k];
    const env = new Map<string, Type>();
    match(sig.result, t, env);
    for (const v of varsOf({ kind: "tuple", items: sig.params.map((p) => p.type) })) {
      if (env.has(v)) continue;
      const dom = domainOf(o, v);
      if (!dom.length) return undefined;
      env.set(v, dom.includes("any") ? this.type(1) : ({ kind: this.r.pick(dom) } as Type));
    }
    const ienv = instanceEnv(o, env);
    if (!ienv || [...env.values()].some((x) => x.kind === "opt")) return undefined;
    const args = sig.params.map((p) => {
      const pt = instantiate(p.type, env);
      if (pt.kind === "fn") return this.lambda(pt, d);
      return pt.kind === "int" ? this.smallInt() : this.expr(pt, d);
    });
    const method = args.length > 0 && args[0].op !== "lambda" && this.r.chance(0.7);
    return { op: "block", t, name: this.blockName(o), args, method, env: ienv };
  }

  /** The block's name, or now and then one of its aliases. */
  private blockName(o: Overload): string {
    const aliases = o.block.def.aliases ?? [];
    return aliases.length && this.r.chance(0.15) ? this.r.pick(aliases) : o.block.name;
  }

  private lambda(t: Extract<Type, { kind: "fn" }>, d: number): Expr {
    const params = t.params.map(() => this.fresh("q"));
    const outer = this.scope;
    this.scope = { vars: new Map(outer.vars), small: new Set(outer.small) };
    params.forEach((p, i) => this.scope.vars.set(p, t.params[i]));
    const body = this.expr(t.result, Math.min(d, 2));
    this.scope = outer;
    return { op: "lambda", t, params, body, placeholder: this.r.chance(0.4) && placeholderSafe(body, params) };
  }
}

/** The numbers in an order the random source picks. */
function shuffled(r: Random, xs: number[]): number[] {
  const left = [...xs], out: number[] = [];
  while (left.length) out.push(left.splice(r.int(left.length), 1)[0]);
  return out;
}

function lit(t: Type, v: bigint | number | boolean | string): Expr {
  return { op: "lit", t, v };
}

/** Types print shows: anything but functions. */
function printable(t: Type): boolean {
  if (t.kind === "fn" || t.kind === "unit") return false;
  if (t.kind === "array" || t.kind === "opt") return printable(t.elem);
  if (t.kind === "tuple") return t.items.every(printable);
  if (t.kind === "map") return printable(t.value);
  return true;
}

/** `_` reads as the lambda's parameter only where no nested lambda (or block argument that takes
 *  one) stands between it and the lambda: then the body can be written with placeholders. */
function placeholderSafe(body: Expr, params: string[]): boolean {
  let ok = true;
  const walk = (e: Expr, nested: boolean): void => {
    if (!ok) return;
    if (e.op === "var" && params.includes(e.name) && nested) ok = false;
    if (e.op === "lambda") { walk(e.body, true); return; }
    for (const v of Object.values(e)) {
      if (Array.isArray(v)) v.forEach((x) => (Array.isArray(x) ? x.forEach((y) => walk(y as Expr, nested)) : x && typeof x === "object" && "op" in x && walk(x as Expr, nested)));
      else if (v && typeof v === "object" && "op" in v) walk(v as Expr, nested);
    }
  };
  walk(body, false);
  // a placeholder body must mention every parameter, or the lambda would take fewer
  const used = new Set<string>();
  const uses = (e: Expr): void => {
    if (e.op === "var") used.add(e.name);
    for (const v of Object.values(e)) {
      if (Array.isArray(v)) v.forEach((x) => (Array.isArray(x) ? x.forEach((y) => uses(y as Expr)) : x && typeof x === "object" && "op" in x && uses(x as Expr)));
      else if (v && typeof v === "object" && "op" in v) uses(v as Expr);
    }
  };
  uses(body);
  return ok && params.every((p) => used.has(p));
}
