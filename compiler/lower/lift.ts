// Lowering what the checker lifted (check/lift.ts): a plain value where a `T?` is wanted is boxed;
// a JSON-like value where an `any` is wanted is put in a tagged cell (runtime/any.wat), and arrays,
// tuples, optionals and maps of plain values are converted element by element by a helper made once
// per pair of types. A byte where an int is wanted is widened, a [byte] copied into a [int].
import type { ExpressionRef } from "../binaryen.js";
import { ANY_TAG, Type, key, sameType, sizeOf } from "../types.js";
import type { ProgramContext } from "./context.js";

/** v, of type `from`, as a value of type `to`. */
export function liftValue(cx: ProgramContext, from: Type, to: Type, v: ExpressionRef): ExpressionRef {
  const { m, b } = cx;
  if (sameType(from, to)) return v;
  // a byte used as an int: nothing to do but widen (an array of them is copied below)
  if (from.kind === "byte" && to.kind === "int") return m.i64.extend_u(v);
  if (to.kind === "any") {
    switch (from.kind) {
      case "int": return m.call("rt_any_i64", [m.i32.const(ANY_TAG.int), v], b.i32);
      case "byte": return m.call("rt_any_i64", [m.i32.const(ANY_TAG.int), m.i64.extend_u(v)], b.i32);
      case "float": return m.call("rt_any_f64", [v], b.i32);
      case "bool": return m.call("rt_any_i32", [m.i32.const(ANY_TAG.bool), v], b.i32);
      case "str": return m.call("rt_any_i32", [m.i32.const(ANY_TAG.str), v], b.i32);
    }
  }
  if (to.kind === "opt" && from.kind !== "opt") return box(cx, to.elem, liftValue(cx, from, to.elem, v));
  return m.call(liftFn(cx, from, to), [v], b.i32);
}

/** `T?` holding v: a pointer to an 8-byte box (0 is null). */
function box(cx: ProgramContext, t: Type, v: ExpressionRef): ExpressionRef {
  const { m, b } = cx;
  return m.call(cx.helper(`__box_${key(t)}`, () => {
    m.addFunction(`__box_${key(t)}`, b.createType([cx.wasm(t)]), b.i32, [b.i32], m.block(null, [
      m.local.set(1, m.call("rt_alloc", [m.i32.const(8)], b.i32)),
      cx.store(t, m.local.get(1, b.i32), 0, m.local.get(0, cx.wasm(t))),
      m.local.get(1, b.i32),
    ], b.i32));
  }), [v], b.i32);
}

/** `__lift_<from>__<to>`: a heap value converted, for pointers (lists, tuples, dicts, optionals). */
function liftFn(cx: ProgramContext, from: Type, to: Type): string {
  const { m, b } = cx;
  const name = `__lift_${key(from)}__${key(to)}`;
  return cx.helper(name, () => {
    const V = () => m.local.get(0, b.i32), OUT = () => m.local.get(1, b.i32), I = () => m.local.get(2, b.i32), N = () => m.local.get(3, b.i32);
    const next = m.local.set(2, m.i32.add(I(), m.i32.const(1)));
    // for i in 0..n: body
    const each = (body: ExpressionRef[]) => m.block("done", [m.loop("next", m.block(null, [m.br("done", m.i32.ge_u(I(), N())), ...body, next, m.br("next")]))]);
    const tag = (t: number, p: ExpressionRef) => (to.kind === "any" ? m.call("rt_any_i32", [m.i32.const(t), p], b.i32) : p);
    let body: ExpressionRef;
    // what each element (or the optional's value) becomes: an any, inside an any's list or dict
    const inner = to.kind === "array" || to.kind === "opt" ? to.elem : to.kind === "map" ? to.value : to;
    if (from.kind === "opt") {
      // null stays null; a value is lifted as itself
      const lifted = liftValue(cx, from.elem, inner, cx.load(from.elem, V(), 0));
      body = m.if(m.i32.eqz(V()), m.i32.const(0), to.kind === "opt" ? box(cx, inner, lifted) : lifted);
    } else if ((from.kind === "array" && sameType(from.elem, inner)) || (from.kind === "map" && sameType(from.value, inner))) {
      // a [any] or {str: any} is an any's list or dict as it is
      body = tag(from.kind === "array" ? ANY_TAG.list : ANY_TAG.dict, V());
    } else if (from.kind === "tuple") {
      // a tuple becomes a list of its fields
      body = m.block(null, [
        m.local.set(1, m.call("rt_arr_alloc", [m.i32.const(from.items.length), m.i32.const(sizeOf(inner))], b.i32)),
        ...from.items.map((t, k) => cx.store(inner, OUT(), 8 + k * sizeOf(inner), liftValue(cx, t, inner, cx.load(t, V(), 8 * k)))),
        tag(ANY_TAG.list, OUT()),
      ], b.i32);
    } else if (from.kind === "array") {
      const elem = from.elem;
      body = m.block(null, [
        m.local.set(3, m.i32.load(0, 4, V(), "memory")),
        m.local.set(1, m.call("rt_arr_alloc", [N(), m.i32.const(sizeOf(inner))], b.i32)),
        each([cx.store(inner, cx.elemAddr(inner, OUT(), I()), 8, liftValue(cx, elem, inner, cx.load(elem, cx.elemAddr(elem, V(), I()), 8)))]),
        tag(ANY_TAG.list, OUT()),
      ], b.i32);
    } else if (from.kind === "map") {
      const str = from.key.kind === "str";
      const entry = () => m.i32.add(m.i32.load(8, 4, V(), "memory"), m.i32.shl(I(), m.i32.const(4)));
      const put = m.call("rt_map_put", [OUT(), m.i32.const(str ? 1 : 0), m.i64.load(0, 8, entry(), "memory")], b.i32);
      body = m.block(null, [
        m.local.set(3, m.i32.load(0, 4, V(), "memory")),
        m.local.set(1, m.call("rt_map_new", [], b.i32)),
        each([cx.store(inner, put, 0, liftValue(cx, from.value, inner, cx.load(from.value, entry(), 8)))]),
        tag(ANY_TAG.dict, OUT()),
      ], b.i32);
    } else throw new Error(`no lift from ${key(from)} to ${key(to)}`);
    m.addFunction(name, b.createType([b.i32]), b.i32, [b.i32, b.i32, b.i32], body);
  });
}
