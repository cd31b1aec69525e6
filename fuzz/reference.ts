// A reference evaluator for generated programs, written from docs/language.md and independent of
// the compiler: it walks the typed tree (program.ts) with JS values — ints as BigInt wrapped to 64
// bits, floats as numbers, strings by code point, arrays and tuples as arrays, maps as Maps keeping
// insertion order, null for an optional without a value — and calls each block's own oracle. What it
// prints, and the fault it stops at, is what every compiled build must print and fault with.
import { Fault } from "../blocks/block.js";
import { showFloat } from "../blocks/format/str.js";
import type { Type } from "../compiler/types.js";
import type { Catalog } from "./catalog.js";
import type { Expr, Fn, Program, Stmt, Value } from "./program.js";

export interface Outcome { output: string; fault?: string }

/** The evaluation went somewhere the reference does not follow (an oracle failing on a huge input). */
export class Unsupported extends Error {}

const wrap = (x: bigint) => BigInt.asIntN(64, x);
const MAX_STEPS = 2_000_000;
const MAX_LENGTH = 1_000_000;

class Jump { constructor(readonly kind: "break" | "continue" | "return", readonly value?: Value) {} }

type Frame = Map<string, Value>;

export function evaluate(p: Program, cat: Catalog): Outcome {
  const ev = new Evaluator(p, cat);
  try {
    ev.block(p.main, new Map());
    return { output: ev.output };
  } catch (e) {
    if (e instanceof Fault) return { output: ev.output, fault: e.fault };
    if (e instanceof Unsupported) throw e;
    throw new Unsupported(`the reference failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

class Evaluator {
  output = "";
  private steps = 0;
  private fns: Map<string, Fn>;
  constructor(p: Program, private cat: Catalog) { this.fns = new Map(p.fns.map((f) => [f.name, f])); }

  private tick(): void { if (++this.steps > MAX_STEPS) throw new Unsupported("too many steps"); }

  block(ss: Stmt[], f: Frame): void { for (const s of ss) this.stmt(s, f); }

  private stmt(s: Stmt, f: Frame): void {
    this.tick();
    switch (s.s) {
      case "let": f.set(s.name, this.expr(s.value, f)); return;
      case "update": f.set(s.name, this.binary(s.o.slice(0, -1), s.value.t, f.get(s.name)!, this.expr(s.value, f))); return;
      case "set": {
        // Python's order: the value, then the container and the index
        const v = this.expr(s.value, f);
        const c = this.expr(s.x, f);
        const i = this.expr(s.i, f);
        if (c instanceof Map) c.set(i, v);
        else (c as Value[])[index((c as Value[]).length, i as bigint)] = v;
        return;
      }
      case "fset": {
        // the record (a variable), then the value, as the lowering computes them
        const r = this.expr(s.x, f) as Value[];
        const v = this.expr(s.value, f);
        r[s.n] = s.o === "=" ? v : this.binary(s.o.slice(0, -1), s.value.t, r[s.n], v);
        return;
      }
      case "unpack": {
        // the whole tuple first, then each name: `a, b = b, a` swaps
        const values = this.expr(s.value, f) as Value[];
        s.names.forEach((name, k) => f.set(name, values[k]));
        return;
      }
      case "print": {
        // the arguments first: a function they call may print before this line does
        const line = s.args.map((a) => show(a.t, this.expr(a, f), false)).join(" ") + "\n";
        this.output += line;
        return;
      }
      case "if": if (this.expr(s.c, f)) this.block(s.then, f); else if (s.else) this.block(s.else, f); return;
      case "while": while (this.expr(s.c, f)) { if (this.turn(s.body, f)) break; } return;
      case "for": return this.forLoop(s, f);
      case "break": case "continue": throw new Jump(s.s);
      case "return": throw new Jump("return", this.expr(s.value, f));
    }
  }

  /** One turn of a loop body; true when it broke out. */
  private turn(body: Stmt[], f: Frame): boolean {
    try { this.block(body, f); } catch (e) {
      if (e instanceof Jump && e.kind === "break") return true;
      if (!(e instanceof Jump && e.kind === "continue")) throw e;
    }
    return false;
  }

  /** The collection is read once; its length is fixed at the start, its elements read each turn. */
  private forLoop(s: Extract<Stmt, { s: "for" }>, f: Frame): void {
    const c = this.expr(s.iter, f);
    const bind = (v: Value) => {
      if (s.vars.length === 1) f.set(s.vars[0], v);
      else s.vars.forEach((name, k) => f.set(name, (v as Value[])[k]));
    };
    if (c instanceof Map) {
      const n = c.size;
      for (let i = 0; i < n; i++) {
        const [k, v] = [...c][i];
        bind(s.vars.length === 2 ? [k, v] : k);
        if (this.turn(s.body, f)) break;
      }
      return;
    }
    const items = typeof c === "string" ? [...c] : (c as Value[]);
    const n = items.length;
    for (let i = 0; i < n; i++) {
      bind(items[i]);
      if (this.turn(s.body, f)) break;
    }
  }

  expr(e: Expr, f: Frame): Value {
    this.tick();
    switch (e.op) {
      case "lit": return e.v;
      case "null": return null;
      case "var": {
        if (!f.has(e.name)) throw new Unsupported(`no variable ${e.name}`);
        return f.get(e.name)!;
      }
      case "array": case "tuple": return e.items.map((x) => this.expr(x, f));
      case "map": {
        const m = new Map<Value, Value>();
        for (const [k, v] of e.entries) m.set(this.expr(k, f), this.expr(v, f));
        return m;
      }
      case "bin": return this.binaryExpr(e, f);
      case "chain": {
        // `a < b < c` is `a < b and b < c` (docs/language.md): the middle is read for each comparison
        for (let i = 0; i < e.ops.length; i++) {
          const l = this.expr(e.xs[i], f), r = this.expr(e.xs[i + 1], f);
          if (!compare(e.ops[i], e.xs[i].t, l, r)) return false;
        }
        return true;
      }
      case "un": {
        const x = this.expr(e.x, f);
        if (e.o === "not") return !x;
        if (e.o === "~") return wrap(~(x as bigint));
        return typeof x === "bigint" ? wrap(-x) : -(x as number);
      }
      case "index": {
        const c = this.expr(e.x, f), i = this.expr(e.i, f);
        if (c instanceof Map) { if (!c.has(i)) throw new Fault("key"); return c.get(i)!; }
        const items = typeof c === "string" ? [...c] : (c as Value[]);
        return items[index(items.length, i as bigint)];
      }
      case "slice": return this.slice(e, f);
      case "field": return (this.expr(e.x, f) as Value[])[e.n];
      case "record": {
        // a record is an array of its fields, shared as arrays are; the values in the order written
        const out: Value[] = new Array(e.items.length);
        e.items.forEach((x, i) => { out[e.slots ? e.slots[i] : i] = this.expr(x, f); });
        return out;
      }
      case "if": return this.expr(e.c, f) ? this.expr(e.a, f) : this.expr(e.b, f);
      case "call": return this.call(this.fns.get(e.fn)!, e.args.map((a) => this.expr(a, f)));
      case "callv": return (f.get(e.name) as (...a: Value[]) => Value)(...e.args.map((a) => this.expr(a, f)));
      case "block": {
        const args = e.args.map((a) => this.expr(a, f));
        return this.cat.get(e.name)!.def.oracle(...args, e.env) as Value;
      }
      case "lambda": {
        // lambdas capture the variables they mention by value: a copy of the frame as it is now
        const captured = new Map(f);
        return (...args: Value[]) => {
          const inner = new Map(captured);
          e.params.forEach((p, i) => inner.set(p, args[i]));
          return this.expr(e.body, inner);
        };
      }
      case "range": {
        const lo = this.expr(e.lo, f) as bigint, hi = this.expr(e.hi, f) as bigint;
        const out: Value[] = [];
        for (let i = lo; i <= hi; i++) { this.tick(); out.push(i); }
        return out;
      }
    }
  }

  private call(fn: Fn, args: Value[]): Value {
    const frame: Frame = new Map(fn.params.map((p, i) => [p.name, args[i]]));
    try {
      this.block(fn.body, frame);
      return this.expr(fn.result, frame);
    } catch (e) {
      if (e instanceof Jump && e.kind === "return") return e.value!;
      throw e;
    }
  }

  private slice(e: Extract<Expr, { op: "slice" }>, f: Frame): Value {
    const c = this.expr(e.x, f);
    const items = typeof c === "string" ? [...c] : (c as Value[]);
    const n = BigInt(items.length);
    const bound = (b: Expr | undefined, dflt: bigint) => {
      if (!b) return dflt;
      let i = this.expr(b, f) as bigint;
      if (i < 0n) i += n;
      return i < 0n ? 0n : i > n ? n : i;
    };
    const lo = bound(e.lo, 0n), hi = bound(e.hi, n);
    let out = items.slice(Number(lo), Number(hi < lo ? lo : hi));
    if (e.step !== undefined) {
      if (e.step < 0n) out = [...items].reverse();
      const k = Number(e.step < 0n ? -e.step : e.step);
      out = out.filter((_, i) => i % k === 0);
    }
    return typeof c === "string" ? out.join("") : out;
  }

  private binaryExpr(e: Extract<Expr, { op: "bin" }>, f: Frame): Value {
    if (e.o === "and") return this.expr(e.l, f) ? this.expr(e.r, f) : false;
    if (e.o === "or") return this.expr(e.l, f) ? true : this.expr(e.r, f);
    if (e.o === "??") { const l = this.expr(e.l, f); return l === null ? this.expr(e.r, f) : l; }
    const l = this.expr(e.l, f), r = this.expr(e.r, f);
    return this.binary(e.o, e.l.t, l, r);
  }

  /** An operator on values of its left side's type (`/` converts int sides to float). */
  binary(o: string, t: Type, l: Value, r: Value): Value {
    switch (o) {
      case "==": return equal(t, l, r);
      case "!=": return !equal(t, l, r);
      case "<": case "<=": case ">": case ">=": return compare(o, t, l, r);
      case "in": case "not in": {
        const found = r instanceof Map ? r.has(l) : typeof r === "string" ? r.includes(l as string) : (r as Value[]).some((x) => equal(t, x, l));
        return o === "in" ? found : !found;
      }
      case "/": return Number(l) / Number(r);
    }
    if (t.kind === "str") return fits((l as string) + (r as string));
    if (t.kind === "array") return fits([...(l as Value[]), ...(r as Value[])]);
    if (t.kind === "float") return floatOp(o, l as number, r as number);
    return intOp(o, l as bigint, r as bigint);
  }
}

/** A string or array the reference follows: one that doubles in a loop (`xs += xs` 48 times) would
 *  take the reference's memory before the compiled program's limits; such a program is skipped. */
function fits<T extends string | Value[]>(v: T): T {
  if (v.length > MAX_LENGTH) throw new Unsupported("a value too large to follow");
  return v;
}

function index(n: number, i: bigint): number {
  const k = i < 0n ? i + BigInt(n) : i;
  if (k < 0n || k >= BigInt(n)) throw new Fault("index");
  return Number(k);
}

function intOp(o: string, a: bigint, b: bigint): bigint {
  switch (o) {
    case "+": return wrap(a + b);
    case "-": return wrap(a - b);
    case "*": return wrap(a * b);
    case "//": {
      if (b === 0n) throw new Fault("divzero");
      let q = a / b;
      if (a % b !== 0n && (a < 0n) !== (b < 0n)) q -= 1n;
      return wrap(q);
    }
    case "%": {
      if (b === 0n) throw new Fault("divzero");
      const m = a % b;
      return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
    }
    case "&": return a & b;
    case "|": return a | b;
    case "^": return a ^ b;
    case "<<": if (b < 0n) throw new Fault("argument"); return b >= 64n ? 0n : wrap(a << b);
    case ">>": if (b < 0n) throw new Fault("argument"); return b >= 64n ? (a < 0n ? -1n : 0n) : a >> b;
    case "**": {
      if (b < 0n) throw new Fault("argument");
      let out = 1n, base = a, k = b;
      while (k > 0n) { if (k & 1n) out = wrap(out * base); base = wrap(base * base); k >>= 1n; }
      return out;
    }
  }
  throw new Error(`no int operator ${o}`);
}

/** Python's float // and % (its float_divmod): fmod, moved into the divisor's sign. */
function floatOp(o: string, a: number, b: number): number {
  switch (o) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
  }
  if (b === 0) throw new Fault("divzero");
  let mod = a % b; // JS % is C's fmod, exact
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) { mod += b; div -= 1; }
  } else mod = signedZero(b);
  if (o === "%") return mod;
  if (div === 0) return signedZero(a / b);
  let floor = Math.floor(div);
  if (div - floor > 0.5) floor += 1;
  return floor;
}

const signedZero = (x: number) => (x < 0 || Object.is(x, -0) ? -0 : 0);

/** Structural equality: strings and numbers by value (NaN equals nothing), arrays and tuples item
 *  by item, maps as the same keys with equal values in any order, null equal only to null. */
export function equal(t: Type, a: Value, b: Value): boolean {
  switch (t.kind) {
    case "array": return (a as Value[]).length === (b as Value[]).length && (a as Value[]).every((x, i) => equal(t.elem, x, (b as Value[])[i]));
    case "tuple": return t.items.every((it, i) => equal(it, (a as Value[])[i], (b as Value[])[i]));
    case "map": {
      const x = a as Map<Value, Value>, y = b as Map<Value, Value>;
      return x.size === y.size && [...x].every(([k, v]) => y.has(k) && equal(t.value, v, y.get(k)!));
    }
    case "opt": return a === null || b === null ? a === b : equal(t.elem, a, b);
    default: return a === b;
  }
}

/** Order: numbers as numbers, strings by code point, false before true. */
function compare(o: string, t: Type, a: Value, b: Value): boolean {
  if (o === "==") return equal(t, a, b);
  if (o === "!=") return !equal(t, a, b);
  let c: number;
  if (t.kind === "str") c = codePointOrder(a as string, b as string);
  else if (t.kind === "float") {
    if (Number.isNaN(a) || Number.isNaN(b)) return false;
    c = (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  } else c = a! < b! ? -1 : a! > b! ? 1 : 0;
  return o === "<" ? c < 0 : o === "<=" ? c <= 0 : o === ">" ? c > 0 : c >= 0;
}

function codePointOrder(a: string, b: string): number {
  const x = [...a], y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d < 0 ? -1 : 1;
  }
  return x.length - y.length < 0 ? -1 : x.length > y.length ? 1 : 0;
}

/** As print shows a value: strings inside other values in double quotes with escapes. */
export function show(t: Type, v: Value, quoted: boolean): string {
  switch (t.kind) {
    case "int": return String(v);
    case "float": return showFloat(v as number);
    case "bool": return v ? "true" : "false";
    case "str": return quoted ? quote(v as string) : (v as string);
    case "array": return `[${(v as Value[]).map((x) => show(t.elem, x, true)).join(", ")}]`;
    case "tuple": {
      const fields = t.record?.fields;
      const items = t.items.map((it, i) => (fields ? `${fields[i]}: ` : "") + show(it, (v as Value[])[i], true));
      return `${t.record?.name ?? ""}(${items.join(", ")})`;
    }
    case "map": return `{${[...(v as Map<Value, Value>)].map(([k, x]) => `${show(t.key, k, true)}: ${show(t.value, x, true)}`).join(", ")}}`;
    case "opt": return v === null ? "null" : show(t.elem, v, quoted);
    default: return `<${t.kind}>`;
  }
}

function quote(s: string): string {
  const named: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r" };
  return `"${[...s].map((c) => named[c] ?? (c < " " ? `\\u00${c.charCodeAt(0).toString(16).padStart(2, "0")}` : c)).join("")}"`;
}
