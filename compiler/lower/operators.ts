// Operators. Python's floor semantics for // and %, and shifts that stay within 64 bits and fault
// on a negative count, are the runtime's; a fault there is reported at the position the call passes.
import type { ExpressionRef } from "../binaryen.js";
import type { Expr } from "../syntax/ast.js";
import { Type, sizeOf } from "../types.js";
import type { LowererBase } from "./base.js";

type Binary = Extract<Expr, { kind: "binary" }>;

/** The value of an integer literal, `-` in front included. */
export function intConst(e: Expr): bigint | undefined {
  if (e.kind === "int") return BigInt.asIntN(64, e.value);
  if (e.kind === "unary" && e.op === "-" && e.operand.kind === "int") return BigInt.asIntN(64, -e.operand.value);
  return undefined;
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
    const found = m.i32.ge_s(mapCall(l, "rt_map_find", l.t(e.right) as Extract<Type, { kind: "map" }>, l.expr(e.right), l.expr(e.left)), m.i32.const(0));
    return e.op === "in" ? found : m.i32.eqz(found);
  }
  if (e.op === "in" || e.op === "not in") {
    const target = l.cx.checked.calls.get(e);
    if (target?.kind !== "block" || !target.instance) return m.unreachable();
    l.cx.roots.add(target.instance.fn);
    const test = l.callOut(target.instance.fn, [l.expr(e.right), l.expr(e.left)], b.i32, e);
    return e.op === "in" ? test : m.i32.eqz(test);
  }
  const isF = opT.kind === "float";
  const lv = l.expr(e.left), r = l.expr(e.right);
  // a plain value beside an any was lifted into one (check/operators.ts): they compare as anys
  const eqT: Type = l.t(e.right).kind === "any" ? l.t(e.right) : opT;
  const at = l.locOf(e);
  switch (e.op) {
    case "==": return l.cx.eqValues(eqT, lv, r);
    case "!=": return m.i32.eqz(l.cx.eqValues(eqT, lv, r));
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

/** rt_map_get/put/find with the key as the runtime takes it: kind 0 and an i64, or kind 1 and a str
 *  pointer widened; rt_map_get also takes the position it faults at. */
export function mapCall(l: LowererBase, fn: "rt_map_get" | "rt_map_put" | "rt_map_find", t: Extract<Type, { kind: "map" }>, map: ExpressionRef, key: ExpressionRef, at?: { span: Expr["span"] }): ExpressionRef {
  const { m, b } = l;
  const str = t.key.kind === "str";
  const args = [map, m.i32.const(str ? 1 : 0), str ? m.i64.extend_u(key) : key];
  if (fn === "rt_map_get") return m.call(fn, [...args, l.locOf(at!)], b.i32);
  return fn === "rt_map_put" ? l.callOut(fn, args, b.i32, at!) : m.call(fn, args, b.i32);
}
