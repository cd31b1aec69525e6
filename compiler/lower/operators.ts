// Operators. Python's floor semantics for // and %, shifts that stay within 64 bits and a negative
// count that faults: the runtime's general forms, and cheaper ones where the right side is a
// constant (a power of two is a shift or a mask, and a constant needs no zero check).
import type { ExpressionRef } from "../binaryen.js";
import type { Expr } from "../syntax/ast.js";
import { Type, sizeOf } from "../types.js";
import { LowererBase, sizedArgs } from "./base.js";

type Binary = Extract<Expr, { kind: "binary" }>;

/** The value of an integer literal, `-` in front included. */
export function intConst(e: Expr): bigint | undefined {
  if (e.kind === "int") return BigInt.asIntN(64, e.value);
  if (e.kind === "unary" && e.op === "-" && e.operand.kind === "int") return BigInt.asIntN(64, -e.operand.value);
  return undefined;
}

/** log2 of c when c is a power of two >= 2. */
const log2 = (c: bigint): number | undefined => (c >= 2n && (c & (c - 1n)) === 0n ? c.toString(2).length - 1 : undefined);

/** `x in xs` computes x before xs, as Python does, so x's fault comes first; the blocks and the
 *  map lookup take the haystack first, so x waits in a local (which the optimizer removes where
 *  the order cannot show). */
function needleFirst(l: LowererBase, needle: ExpressionRef, test: (needle: ExpressionRef) => ExpressionRef): ExpressionRef {
  const { m, b } = l;
  const t = b.getExpressionType(needle);
  const local = l.tempOf(t);
  return m.block(null, [m.local.set(local, needle), test(m.local.get(local, t))], b.i32);
}

export function binary(l: LowererBase, e: Binary, opT: Type): ExpressionRef {
  const { m, b } = l;
  if (e.op === "and") return m.if(l.expr(e.left), l.expr(e.right), m.i32.const(0));
  if (e.op === "or") return m.if(l.expr(e.left), m.i32.const(1), l.expr(e.right));
  if (e.op === "??") {
    const ot = opT as Extract<Type, { kind: "opt" }>;
    const p = l.temp(ot);
    return m.if(m.i32.eqz(m.local.tee(p, l.expr(e.left), b.i32)), l.expr(e.right), l.cx.load(ot.elem, m.local.get(p, b.i32), 0));
  }
  if ((e.op === "in" || e.op === "not in") && l.t(e.right).kind === "map") {
    const found = needleFirst(l, l.expr(e.left), (key) => m.i32.ge_s(mapCall(l, "rt_map_find", l.t(e.right) as Extract<Type, { kind: "map" }>, l.expr(e.right), key), m.i32.const(0)));
    return e.op === "in" ? found : m.i32.eqz(found);
  }
  if (e.op === "in" || e.op === "not in") {
    const target = l.cx.checked.calls.get(e);
    if (target?.kind !== "block" || !target.instance) return m.unreachable();
    l.cx.roots.add(target.instance.fn);
    const fn = target.instance.fn, sized = sizedArgs(target.block.def, target.instance.overload, [l.t(e.right)])[0];
    // the needle is not charged: the work is the haystack's
    const test = needleFirst(l, l.expr(e.left), (needle) => l.callOut(fn, [l.expr(e.right), needle], b.i32, e, [sized, false]));
    return e.op === "in" ? test : m.i32.eqz(test);
  }
  const isF = opT.kind === "float";
  if ((e.op === "==" || e.op === "!=") && opT.kind === "int") {
    const test = divisibility(l, e.left, e.right) ?? divisibility(l, e.right, e.left);
    if (test) return e.op === "==" ? test : m.i32.eqz(test);
  }
  const k = isF ? undefined : intConst(e.right);
  const powBlock = e.op === "**" && l.cx.checked.calls.get(e)?.kind === "block";
  if (k !== undefined && !powBlock && (e.op === "//" || e.op === "%" || e.op === "<<" || e.op === ">>" || e.op === "**")) {
    const v = byConstant(l, e.op, l.expr(e.left), k);
    if (v !== undefined) return v;
  }
  if ((e.op === "==" || e.op === "!=") && opT.kind === "str" && l.t(e.right).kind === "str") {
    const test = e.right.kind === "str" ? literalEq(l, e.left, e.right.value) : e.left.kind === "str" ? literalEq(l, e.right, e.left.value) : undefined;
    if (test) return e.op === "==" ? test : m.i32.eqz(test);
  }
  const lv = l.expr(e.left), r = l.expr(e.right);
  // a plain value beside an any was lifted into one (check/operators.ts): they compare as anys
  const eqT: Type = l.t(e.right).kind === "any" ? l.t(e.right) : opT;
  const at = l.locOf(e);
  switch (e.op) {
    case "==": return eqT.kind === "str" ? strEq(l, lv, r) : l.cx.eqValues(eqT, lv, r);
    case "!=": return m.i32.eqz(eqT.kind === "str" ? strEq(l, lv, r) : l.cx.eqValues(eqT, lv, r));
    case "<": case "<=": case ">": case ">=": return compare(l, e.op, opT, lv, r);
    case "+": {
      if (opT.kind === "str") return l.callOut("rt_str_concat", [lv, r], b.i32, e);
      // the sum's own type: a side may have been lifted into a list of anys
      const joined = l.t(e).kind === "array" ? l.t(e) : opT;
      if (joined.kind === "array") return l.callOut("rt_arr_concat", [lv, r, m.i32.const(sizeOf(joined.elem))], b.i32, e);
      return isF ? m.f64.add(lv, r) : m.i64.add(lv, r);
    }
    case "-": return isF ? m.f64.sub(lv, r) : m.i64.sub(lv, r);
    case "*": return isF ? m.f64.mul(lv, r) : m.i64.mul(lv, r);
    case "/": {
      const f = (x: ExpressionRef, side: Expr) => (l.t(side).kind === "float" ? x : m.f64.convert_s.i64(x));
      return m.f64.div(f(lv, e.left), f(r, e.right));
    }
    case "//": return isF ? l.callOut("rt_floordiv_f", [lv, r], b.f64, e) : m.call("rt_floordiv", [lv, r, at], b.i64);
    case "%": return isF ? l.callOut("rt_floormod_f", [lv, r], b.f64, e) : m.call("rt_floormod", [lv, r, at], b.i64);
    case "&": return m.i64.and(lv, r);
    case "|": return m.i64.or(lv, r);
    case "^": return m.i64.xor(lv, r);
    case "<<": return m.call("rt_shl", [lv, r, at], b.i64);
    case ">>": return m.call("rt_shr", [lv, r, at], b.i64);
    case "**": {
      const call = l.cx.checked.calls.get(e);
      if (call?.kind === "block" && call.instance) { l.cx.roots.add(call.instance.fn); return l.callOut(call.instance.fn, [lv, r], b.f64, e); }
      return m.call("rt_ipow", [lv, r, at], b.i64);
    }
  }
  return m.unreachable();
}

/** `s == "lit"` for a literal of at most 8 bytes, whose length and bytes are known here: s's length,
 *  then its bytes as one word, masked to the literal's length. The word stays inside s's object:
 *  every string starts 8-aligned and takes a multiple of 8 bytes (rt_alloc, the data's layout). */
function literalEq(l: LowererBase, e: Expr, lit: string): ExpressionRef | undefined {
  const { m, b } = l;
  const bytes = new TextEncoder().encode(lit);
  if (bytes.length > 8) return undefined;
  // a loop's character knows its ASCII byte (loops.ts): -1 for any other never equals one
  const code = e.kind === "name" && bytes.length === 1 && bytes[0] < 0x80 ? l.charCodes.get(e.name) : undefined;
  if (code !== undefined) return m.i32.eq(m.local.get(code, b.i32), m.i32.const(bytes[0]));
  const S = l.temp({ kind: "str" });
  const length = m.i32.eq(m.i32.load(0, 4, m.local.tee(S, l.expr(e), b.i32), "memory"), m.i32.const(bytes.length));
  if (bytes.length === 0) return length;
  const get = () => m.local.get(S, b.i32);
  if (bytes.length === 1) return m.if(length, m.i32.eq(m.i32.load8_u(8, 1, get(), "memory"), m.i32.const(bytes[0])), m.i32.const(0));
  const word = bytes.reduceRight((acc, x) => (acc << 8n) | BigInt(x), 0n);
  const mask = bytes.length === 8 ? -1n : (1n << BigInt(8 * bytes.length)) - 1n;
  return m.if(length, m.i64.eq(m.i64.and(m.i64.load(8, 1, get(), "memory"), m.i64.const(BigInt.asIntN(64, mask))), m.i64.const(BigInt.asIntN(64, word))), m.i32.const(0));
}

/** String comparisons in loops of one function compared inline, at most: each is a loop of its own,
 *  and past a few a function grows by more than its loops gain. */
const MAX_INLINE_STR_EQS = 16;

/** `a == b` for strings. A character is a one-character string, and programs compare them often
 *  (`c == " "`, `xs[i] == ys[j]`): the lengths and a one-byte string's byte are compared inline,
 *  the runtime's call (rt_str_eq) is left for longer strings of one length. */
function strEq(l: LowererBase, a: ExpressionRef, c: ExpressionRef): ExpressionRef {
  const { m, b } = l;
  const A = l.temp({ kind: "str" }), C = l.temp({ kind: "str" }), n = l.temp({ kind: "bool" });
  const get = (x: number) => m.local.get(x, b.i32);
  // in a loop, longer strings are compared inline too: a call there, even one never made, makes
  // V8 keep the loop's values in memory around it (as faultOut says); past MAX_INLINE_STR_EQS, the call
  const inline = l.loops.length > 0 && l.inlinedStrEqs < MAX_INLINE_STR_EQS;
  if (inline) l.inlinedStrEqs++;
  const longer = inline ? wordsEq(l, A, C, n) : m.call("rt_str_eq", [get(A), get(C)], b.i32);
  return m.block(null, [
    m.local.set(A, a),
    m.local.set(C, c),
    m.if(m.i32.ne(m.local.tee(n, m.i32.load(0, 4, get(A), "memory"), b.i32), m.i32.load(0, 4, get(C), "memory")), m.i32.const(0),
      m.if(m.i32.eq(get(n), m.i32.const(1)),
        m.i32.eq(m.i32.load8_u(8, 1, get(A), "memory"), m.i32.load8_u(8, 1, get(C), "memory")),
        longer)),
  ], b.i32);
}

/** rt_str_eq's loop for two strings of length n: 8 bytes at a time, then the last 1 to 7 as the top
 *  of the word that ends with them (it lies within the string's object, after its 8-byte header). */
function wordsEq(l: LowererBase, A: number, C: number, n: number): ExpressionRef {
  const { m, b } = l;
  const i = l.temp({ kind: "bool" }), label = `eq${l.labels++}`;
  const get = (x: number) => m.local.get(x, b.i32);
  const word = (s: number) => m.i64.load(8, 1, m.i32.add(get(s), get(i)), "memory");
  const shift = () => m.i64.extend_u(m.i32.sub(m.i32.const(64), m.i32.shl(m.i32.sub(get(n), get(i)), m.i32.const(3))));
  const tail = (s: number) => m.i64.shr_u(m.i64.load(0, 1, m.i32.add(get(s), get(n)), "memory"), shift());
  return m.block(`${label}done`, [
    m.local.set(i, m.i32.const(0)),
    m.loop(label, m.if(m.i32.le_u(m.i32.add(get(i), m.i32.const(8)), get(n)), m.block(null, [
      m.drop(m.br(`${label}done`, m.i64.ne(word(A), word(C)), m.i32.const(0))),
      m.local.set(i, m.i32.add(get(i), m.i32.const(8))),
      m.br(label),
    ]))),
    m.if(m.i32.eq(get(i), get(n)), m.i32.const(1), m.i64.eq(tail(A), tail(C))),
  ], b.i32);
}

function compare(l: LowererBase, op: "<" | "<=" | ">" | ">=", opT: Type, lv: ExpressionRef, r: ExpressionRef): ExpressionRef {
  const { m, b } = l;
  if (opT.kind === "str") {
    const c = m.call("rt_str_cmp", [lv, r], b.i32), z = m.i32.const(0);
    return op === "<" ? m.i32.lt_s(c, z) : op === "<=" ? m.i32.le_s(c, z) : op === ">" ? m.i32.gt_s(c, z) : m.i32.ge_s(c, z);
  }
  if (opT.kind === "float") return op === "<" ? m.f64.lt(lv, r) : op === "<=" ? m.f64.le(lv, r) : op === ">" ? m.f64.gt(lv, r) : m.f64.ge(lv, r);
  if (opT.kind === "bool") return op === "<" ? m.i32.lt_u(lv, r) : op === "<=" ? m.i32.le_u(lv, r) : op === ">" ? m.i32.gt_u(lv, r) : m.i32.ge_u(lv, r);
  return op === "<" ? m.i64.lt_s(lv, r) : op === "<=" ? m.i64.le_s(lv, r) : op === ">" ? m.i64.gt_s(lv, r) : m.i64.ge_s(lv, r);
}

/** `x // k`, `x % k`, `x << k`, `x >> k`, `x ** k` for an int constant k, without the runtime's
 *  zero and sign checks; undefined where only the runtime's form is right (a zero divisor, a
 *  negative count or exponent: they fault there). */
function byConstant(l: LowererBase, op: "//" | "%" | "<<" | ">>" | "**", x: ExpressionRef, k: bigint): ExpressionRef | undefined {
  const { m, b } = l;
  const c = (v: bigint) => m.i64.const(v);
  const keep = (v: ExpressionRef) => m.block(null, [m.drop(x), v], b.i64); // x is still evaluated
  const t = l.temp({ kind: "int" });
  const X = () => m.local.get(t, b.i64);
  const sh = log2(k);
  switch (op) {
    case "//":
      if (k === 0n) return undefined;
      if (k === 1n) return x;
      if (k === -1n) return m.i64.sub(c(0n), x); // wraps: MIN // -1 is MIN
      if (sh !== undefined) return m.i64.shr_s(x, m.i64.const(BigInt(sh))); // an arithmetic shift floors
      // truncating division, one less where the remainder has the other sign than k
      return m.i64.sub(m.i64.div_s(m.local.tee(t, x, b.i64), c(k)),
        m.i64.extend_u(k > 0n ? m.i64.lt_s(m.i64.rem_s(X(), c(k)), c(0n)) : m.i64.gt_s(m.i64.rem_s(X(), c(k)), c(0n))));
    case "%": {
      if (k === 0n) return undefined;
      if (k === 1n || k === -1n) return keep(c(0n));
      if (sh !== undefined) return m.i64.and(x, c(k - 1n)); // the low bits are the floored remainder
      const r = l.temp({ kind: "int" });
      const R = () => m.local.get(r, b.i64);
      const fix = k > 0n ? m.i64.lt_s(R(), c(0n)) : m.i64.gt_s(R(), c(0n));
      return m.block(null, [m.local.set(r, m.i64.rem_s(x, c(k))), m.select(fix, m.i64.add(R(), c(k)), R())], b.i64);
    }
    case "<<":
      if (k < 0n) return undefined;
      return k >= 64n ? keep(c(0n)) : m.i64.shl(x, c(k));
    case ">>":
      if (k < 0n) return undefined;
      return m.i64.shr_s(x, c(k >= 64n ? 63n : k));
    case "**": {
      if (k < 0n || k > 8n) return undefined;
      if (k === 0n) return keep(c(1n));
      // square and multiply, unrolled: x ** 8 is three multiplications
      const parts: ExpressionRef[] = [m.local.set(t, x)];
      const acc = l.temp({ kind: "int" });
      let first = true;
      for (let e = k; e > 0n; e >>= 1n) {
        if (e & 1n) {
          parts.push(m.local.set(acc, first ? X() : m.i64.mul(m.local.get(acc, b.i64), X())));
          first = false;
        }
        if (e > 1n) parts.push(m.local.set(t, m.i64.mul(X(), X())));
      }
      parts.push(m.local.get(acc, b.i64));
      return m.block(null, parts, b.i64);
    }
  }
}

/** `x % k == 0` for a constant k: the remainder's sign fix-up cannot change whether it is zero,
 *  so this is wasm's remainder alone (a mask for a power of two). */
function divisibility(l: LowererBase, mod: Expr, zero: Expr): ExpressionRef | undefined {
  if (mod.kind !== "binary" || mod.op !== "%" || intConst(zero) !== 0n || l.t(mod.left).kind !== "int") return undefined;
  const k = intConst(mod.right);
  if (k === undefined || k === 0n) return undefined;
  const { m } = l;
  const sh = log2(k);
  return m.i64.eqz(sh !== undefined ? m.i64.and(l.expr(mod.left), m.i64.const(k - 1n)) : m.i64.rem_s(l.expr(mod.left), m.i64.const(k)));
}

/** rt_map_get/put/find with the key as the runtime takes it: kind 0 and an i64, or kind 1 and a str
 *  pointer widened; rt_map_get also takes the position it faults at. */
export function mapCall(l: LowererBase, fn: "rt_map_get" | "rt_map_put" | "rt_map_find", t: Extract<Type, { kind: "map" }>, map: ExpressionRef, key: ExpressionRef, at?: { span: Expr["span"] }): ExpressionRef {
  const { m, b } = l;
  const str = t.key.kind === "str";
  const args = [map, m.i32.const(str ? 1 : 0), str ? m.i64.extend_u(key) : key];
  if (fn === "rt_map_get") return m.call(fn, [...args, l.locOf(at!)], b.i32);
  return fn === "rt_map_put" ? l.callOut(fn, args, b.i32, at!) : m.call(fn, args, b.i32);
}
